namespace Clawdemy.Notebooks.Kernel.Tests.Jupyter;

/// <summary>
/// The classroom hub (<c>classroom/serve</c>: Debian's JupyterHub 3.0, configurable-http-proxy from npm) with two
/// learners, each a system user: a course notebook each through the hub's REST API and kernel websocket, each learner's
/// files their own, a runaway cell harming only its learner, idle culling, and nothing left when the hub stops.
/// </summary>
public sealed class ClassroomTests
{
    private const string Module = "test_classroom.py";

    public static TheoryData<string> Cases() => PythonSuite.Collect(Module);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Two_learners_share_the_classroom_hub(string id) => PythonSuite.AssertPassedAsync(Module, id);
}
