using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Testing;

/// <summary>How the corpus tests submit a Polyglot cell and compare what it shows, whichever kernel ran it.</summary>
public static partial class PolyglotCells
{
    /// <summary>A cell's source as Polyglot submits it: a cell of another kernel than C# starts with that kernel's <c>#!name</c>.</summary>
    public static string Submission(NotebookCell cell) =>
        cell.KernelName is Kernels.CSharp || cell.Source.StartsWith("#!", StringComparison.Ordinal) ? cell.Source : $"#!{cell.KernelName}\n{cell.Source}";

    /// <summary>An output without the dni-styles block, submission numbers and CR characters.</summary>
    public static string Normalize(string text) => SubmissionNumber().Replace(StyleBlock().Replace(text.Replace("\r", ""), ""), "Submission#N");

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"Submission#\d+")]
    private static partial Regex SubmissionNumber();
}
