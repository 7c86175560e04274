using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Testing;

/// <summary>How the corpus tests compare what a Polyglot cell shows, whichever kernel ran it.</summary>
public static partial class PolyglotCells
{
    /// <summary>An output without the dni-styles block, submission numbers and CR characters.</summary>
    public static string Normalize(string text) => SubmissionNumber().Replace(StyleBlock().Replace(text.Replace("\r", ""), ""), "Submission#N");

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"Submission#\d+")]
    private static partial Regex SubmissionNumber();
}
