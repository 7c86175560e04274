using Clawdemy.Notebooks.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clawdemy.Notebooks.Cli.Course;

/// <summary>
/// Checks a notebook without running it: nbformat 4.5 with Polyglot C# metadata, unique cell ids, no saved outputs,
/// and every C# cell parses. Each problem is one line naming the file and the cell.
/// </summary>
public static class CourseRules
{
    private static readonly CSharpParseOptions ScriptParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>The problems of one notebook; empty when it is fine.</summary>
    public static IReadOnlyList<string> Check(NotebookDocument document)
    {
        var path = document.Path;
        var problems = new List<string>();
        if (document.NbFormat != 4 || document.NbFormatMinor < 5)
        {
            problems.Add($"{path}: nbformat {document.NbFormat}.{document.NbFormatMinor}; expected 4.5 (cell ids are required)");
        }

        var metadata = document.Metadata;
        var kernelspec = (string?)metadata["kernelspec"]?["name"];
        if (kernelspec is null || !kernelspec.StartsWith(".net-", StringComparison.Ordinal))
        {
            problems.Add($"{path}: metadata.kernelspec.name is \"{kernelspec}\"; VS Code opens a .NET notebook only when it starts with \".net-\" (use \".net-csharp\")");
        }

        var defaultKernel = (string?)metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"];
        if (defaultKernel != Kernels.CSharp)
        {
            problems.Add($"{path}: metadata.polyglot_notebook.kernelInfo.defaultKernelName is \"{defaultKernel}\"; expected \"csharp\"");
        }

        foreach (var index in document.CellsGivenIds)
        {
            problems.Add($"{path} cell {index + 1}: has no \"id\" (nbformat 4.5 requires one)");
        }

        problems.AddRange(document.DuplicateIds());

        foreach (var cell in document.Cells.Where(c => c.CellType == "code"))
        {
            if (cell.Outputs.Count > 0 || cell.ExecutionCount is not null)
            {
                problems.Add($"{path} cell {cell.Number}: has saved outputs; clear them before committing (the course commits none)");
            }

            var code = CellCode.Parse(cell.Source, cell.KernelName);
            problems.AddRange(code.Problems.Select(p => $"{path} cell {cell.Number} {p}"));
            if (code.Kernel != Kernels.CSharp) continue;
            var tree = CSharpSyntaxTree.ParseText(code.Code, ScriptParseOptions);
            problems.AddRange(tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{path} cell {cell.Number} {d}"));
        }

        return problems;
    }
}
