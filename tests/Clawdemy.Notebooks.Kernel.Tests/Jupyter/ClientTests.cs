namespace Clawdemy.Notebooks.Kernel.Tests.Jupyter;

/// <summary>The kernel, driven by jupyter_client as front ends drive it: state, displays updated later, errors, signatures, shutdown, orphaning.</summary>
public sealed class ClientTests
{
    private const string Module = "test_client.py";

    public static TheoryData<string> Cases() => PythonSuite.Collect(Module);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task The_kernel_behaves_for_jupyter_client(string id) => PythonSuite.AssertPassedAsync(Module, id);
}
