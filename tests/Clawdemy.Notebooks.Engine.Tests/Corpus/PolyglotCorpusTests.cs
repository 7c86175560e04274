using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Engine.Execution;
using Microsoft.DotNet.Interactive.Formatting;

namespace Clawdemy.Notebooks.Engine.Tests.Corpus;

/// <summary>
/// Public Polyglot notebooks (see README.md beside them) run through the C# kernel in process: no cell fails unless the
/// real kernel saved that very error (a lesson that shows a compile error on purpose), and every output the real kernel
/// saved is matched by ours: displays MIME type by MIME type, stream text and errors, once the dni-styles block,
/// submission numbers and Windows line endings are set aside.
/// </summary>
[Collection(FormatterCollection.Name)]
public partial class PolyglotCorpusTests
{
    public static TheoryData<string> Notebooks => new(Directory.GetFiles(Fixtures.Path("Corpus", ""), "*.ipynb").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task A_public_notebook_runs_without_a_failing_cell_and_matches_the_outputs_the_real_kernel_saved(string name)
    {
        var document = Fixtures.Load("Corpus", name);
        var kernel = new CSharpKernel(Fixtures.Path("Corpus", ""), maxOutputBytes: 1 << 20);
        var mismatches = new List<string>();
        // As a kernel's host does: the cells' Console output is their stream output (restored afterwards for the other tests).
        var (stdout, stderr, stdin) = (Console.Out, Console.Error, Console.In);
        CSharpKernel.CaptureConsole();
        try
        {
            foreach (var cell in document.Cells.Where(c => c.CellType == "code"))
            {
                var run = await kernel.RunAsync(cell.Source, cell.KernelName);
                var savedError = cell.Outputs.FirstOrDefault(o => o.OutputType == "error");
                if (savedError is null) Assert.False(run.Failed, $"{name} cell {cell.Number} failed: {string.Join("\n", run.Errors)}");
                else Assert.Equal(Normalize(savedError.ErrorValue ?? ""), Normalize(string.Join("\n", run.Errors)));
                if (cell.Outputs.Count == 0) continue;
                var savedStreams = string.Concat(cell.Outputs.Where(o => o.OutputType == "stream").Select(o => o.Text));
                var ourStreams = string.Concat(run.Outputs.Where(o => o.OutputType == "stream").Select(o => o.Text));
                if (Normalize(savedStreams) != Normalize(ourStreams)) mismatches.Add($"cell {cell.Number} streams:\n  saved: {Normalize(savedStreams)}\n  ours:  {Normalize(ourStreams)}");
                var saved = cell.Outputs.Where(o => o.OutputType is "display_data" or "execute_result").ToArray();
                var ours = run.Outputs.Where(o => o.OutputType is "display_data" or "execute_result").ToArray();
                if (saved.Length != ours.Length)
                {
                    mismatches.Add($"cell {cell.Number}: {saved.Length} saved displays, {ours.Length} of ours");
                    continue;
                }

                for (var i = 0; i < saved.Length; i++)
                {
                    foreach (var (mime, text) in saved[i].Data)
                    {
                        var ourText = ours[i].Data.GetValueOrDefault(mime);
                        if (ourText is null || Normalize(ourText) != Normalize(text))
                        {
                            mismatches.Add($"cell {cell.Number} {mime}:\n  saved: {Normalize(text)}\n  ours:  {(ourText is null ? "(none)" : Normalize(ourText))}");
                        }
                    }
                }
            }
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Console.SetIn(stdin);
            Formatter.ResetToDefault();
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>An output without the dni-styles block, submission numbers and CR characters.</summary>
    internal static string Normalize(string text) => Submission().Replace(StyleBlock().Replace(text.Replace("\r", ""), ""), "Submission#N");

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"Submission#\d+")]
    private static partial Regex Submission();
}
