namespace Clawdemy.Notebooks.Kernel.Tests.Jupyter;

/// <summary>Every course notebook runs under nbconvert --execute (nbclient) with the kernel its metadata names.</summary>
public sealed class CourseInJupyterTests
{
    private const string Module = "test_course.py";

    public static TheoryData<string> Cases() => PythonSuite.Collect(Module);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task The_course_notebook_runs_under_nbconvert(string id) => PythonSuite.AssertPassedAsync(Module, id);
}
