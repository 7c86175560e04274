namespace Clawdemy.Notebooks.Kernel.Tests.Jupyter;

/// <summary>The Jupyter project's kernel conformance suite (jupyter_kernel_test) passes against the C# kernel, case by case.</summary>
public sealed class ConformanceTests
{
    private const string Module = "test_conformance.py";

    public static TheoryData<string> Cases() => PythonSuite.Collect(Module);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task The_kernel_passes_the_jupyter_kernel_test_case(string id) => PythonSuite.AssertPassedAsync(Module, id);
}
