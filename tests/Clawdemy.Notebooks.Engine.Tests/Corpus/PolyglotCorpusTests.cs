using Clawdemy.Notebooks.Engine.Execution;
using Microsoft.DotNet.Interactive.Formatting;

namespace Clawdemy.Notebooks.Engine.Tests.Corpus;

/// <summary>
/// Public Polyglot notebooks (see README.md beside them) run through the engine's kernel in process: no cell fails unless the
/// real kernel saved that very error (a lesson that shows a compile error on purpose), and every output the real kernel
/// saved is matched by ours: displays MIME type by MIME type, stream text and errors, once the dni-styles block,
/// submission numbers and Windows line endings are set aside. Outputs a kernel older than the last Polyglot release saved,
/// where that kernel's formatting has changed since, are listed in <see cref="ChangedSince"/> with what ours show instead.
/// </summary>
[Collection(FormatterCollection.Name)]
public class PolyglotCorpusTests
{
    public static TheoryData<string> Notebooks => new(Directory.GetFiles(Fixtures.Path("Corpus", ""), "*.ipynb").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task A_public_notebook_runs_without_a_failing_cell_and_matches_the_outputs_the_real_kernel_saved(string name)
    {
        var document = Fixtures.Load("Corpus", name);
        using var kernel = new NotebookKernel();
        var mismatches = new List<string>();
        var directory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Fixtures.Path("Corpus", "");
        try
        {
            foreach (var cell in document.Cells.Where(c => c.CellType == "code"))
            {
                var run = await kernel.RunAsync(cell.Submission, 1 << 20);
                var savedError = cell.Outputs.FirstOrDefault(o => o.OutputType == "error");
                if (FailsInTheFinalRelease.TryGetValue((name, cell.Number), out var failure))
                {
                    Assert.Contains(failure.Error, Assert.Single(run.Errors));
                    continue;
                }

                if (savedError is null) Assert.False(run.Failed, $"{name} cell {cell.Number} failed: {string.Join("\n", run.Errors)}");
                else Assert.Equal(Normalize(savedError.ErrorValue ?? ""), Normalize(string.Join("\n", run.Errors)));
                if (cell.Outputs.Count == 0) continue;
                var differences = new List<string>();
                var savedStreams = string.Concat(cell.Outputs.Where(o => o.OutputType == "stream").Select(o => o.Text));
                var ourStreams = string.Concat(run.Outputs.Where(o => o.OutputType == "stream").Select(o => o.Text));
                if (Normalize(savedStreams) != Normalize(ourStreams)) differences.Add($"cell {cell.Number} streams:\n  saved: {Normalize(savedStreams)}\n  ours:  {Normalize(ourStreams)}");
                var saved = cell.Outputs.Where(o => o.OutputType is "display_data" or "execute_result").ToArray();
                var ours = run.Outputs.Where(o => o.OutputType is "display_data" or "execute_result").ToArray();
                if (saved.Length != ours.Length) differences.Add($"cell {cell.Number}: {saved.Length} saved displays, {ours.Length} of ours");
                for (var i = 0; i < Math.Min(saved.Length, ours.Length); i++)
                {
                    foreach (var (mime, text) in saved[i].Data)
                    {
                        var ourText = ours[i].Data.GetValueOrDefault(mime);
                        if (ourText is null || Normalize(ourText) != Normalize(text))
                        {
                            differences.Add($"cell {cell.Number} {mime}:\n  saved: {Normalize(text)}\n  ours:  {(ourText is null ? "(none)" : Normalize(ourText))}");
                        }
                    }
                }

                if (!ChangedSince.TryGetValue((name, cell.Number), out var change))
                {
                    mismatches.AddRange(differences);
                }
                else if (differences.Count == 0)
                {
                    mismatches.Add($"cell {cell.Number} is listed as changed since its kernel ({change.Why}), yet ours matches what it saved");
                }
                else if (!ours.SelectMany(o => o.Data.Values).Append(ourStreams).Any(v => Normalize(v).Contains(change.Ours, StringComparison.Ordinal)))
                {
                    mismatches.Add($"cell {cell.Number} ({change.Why}) should show {change.Ours}:\n{string.Join("\n", differences)}");
                }
            }
        }
        finally
        {
            Environment.CurrentDirectory = directory;
            Formatter.ResetToDefault();
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>
    /// Cells the final release (1.0.0-beta.26120.1) fails, as the bare CSharpKernel does (measured in process), and so does
    /// ours: cells written for a kernel that imported <c>Microsoft.DotNet.Interactive.Formatting</c> into C# cells (the
    /// final release imports only the System namespaces and <c>Kernel</c>'s statics), and a placeholder its authors never ran.
    /// </summary>
    private static readonly Dictionary<(string Notebook, int Cell), (string Why, string Error)> FailsInTheFinalRelease = new()
    {
        [("HTML-2021-outputs.ipynb", 20)] = ("PocketViewTags is in Microsoft.DotNet.Interactive.Formatting", "error CS0246: The type or namespace name 'PocketViewTags' could not be found"),
        [("HTML-2021-outputs.ipynb", 26)] = ("PocketView is in Microsoft.DotNet.Interactive.Formatting", "error CS0246: The type or namespace name 'PocketView' could not be found"),
        [("HTML-2021-outputs.ipynb", 28)] = ("PocketView is in Microsoft.DotNet.Interactive.Formatting", "error CS0246: The type or namespace name 'PocketView' could not be found"),
        [("HTML-2021-outputs.ipynb", 30)] = ("PocketView is in Microsoft.DotNet.Interactive.Formatting", "error CS0246: The type or namespace name 'PocketView' could not be found"),
        [("Math-and-LaTeX.ipynb", 3)] = ("LaTeXString is in Microsoft.DotNet.Interactive.Formatting", "error CS0246: The type or namespace name 'LaTeXString' could not be found"),
        [("Math-and-LaTeX.ipynb", 4)] = ("MathString was in Microsoft.DotNet.Interactive.Jupyter, which is not on the feed", "error CS0246: The type or namespace name 'MathString' could not be found"),
        [("GettingStarted-02-Code-Cells.ipynb", 6)] = ("a placeholder path, saved without outputs: never run", "error CS0006: Metadata file '<path to .dll>' could not be found"),
    };

    /// <summary>
    /// Outputs saved by a kernel older than the last Polyglot release, where the real kernel's formatting changed since
    /// (checked against its sources and against outputs a later kernel saved): ours must differ from what was saved and show
    /// what the last release writes instead. A listed output that matches after all fails the test, so the list stays true.
    /// </summary>
    private static readonly Dictionary<(string Notebook, int Cell), (string Why, string Ours)> ChangedSince = new()
    {
        [("HTML-2021-outputs.ipynb", 10)] = ("type links have pointed at the net-7.0 docs since", "?view=net-7.0\">Microsoft.AspNetCore.Html.HtmlString</a>"),
        [("HTML-2021-outputs.ipynb", 16)] = ("attributes have been written in the order given since, no longer sorted", "<a href=\"https://en.wikipedia.org\" target=\"blank\" style=\"color:green\">"),
        [("HTML-2021-outputs.ipynb", 18)] = ("attributes have been written in the order given since, no longer sorted", "<a href=\"https://en.wikipedia.org\" target=\"blank\" style=\"color:green\">"),
        [("HTML-2021-outputs.ipynb", 20)] = ("a sequence of strings has been one line since, as Formatting-outputs.ipynb saved in 2023", "<div class=\"dni-plaintext\"><pre>[ _, a, area, aside, b, body, br, button, caption, center, circle, code, colgroup, dd, details, div, dl, dt, em, figure ... (more) ]</pre></div>"),
        [("HTML-2021-outputs.ipynb", 32)] = ("the blank lines after #!html have been dropped since, as docs/javascript-overview.ipynb saved in 2022", "<b>Hello!</b>"),
        [("GettingStarted-01-What-are-Notebooks.ipynb", 2)] = ("Console text has been a stream since, no longer an execute_result", "Hello Notebooks!"),
        [("GettingStarted-01-What-are-Notebooks.ipynb", 5)] = ("dni-plaintext has held a <pre> since, as Formatting-outputs.ipynb saved in 2023", "<div class=\"dni-plaintext\"><pre>5</pre></div>"),
        [("GettingStarted-01-What-are-Notebooks.ipynb", 6)] = ("dni-plaintext has held a <pre> since; saved after the cell had run four times (45), once here", "<div class=\"dni-plaintext\"><pre>15</pre></div>"),
        [("GettingStarted-02-Code-Cells.ipynb", 9)] = ("Console text has been a stream since, no longer an execute_result", "Hello Console.WriteLine"),
        [("GettingStarted-02-Code-Cells.ipynb", 14)] = ("dni-plaintext has held a <pre> since, and the final release's Display() returns a DisplayedValue whose Update does not reach the shown display (the bare CSharpKernel's too)", "<div class=\"dni-plaintext\"><pre>0</pre></div>"),
        [("HTML-2021-outputs.ipynb", 34)] = ("the script was wrapped in a client of that session's HTTP port (localhost:50737)", "<script type=\"text/javascript\">alert(\"hello\");</script>"),
    };

    private static string Normalize(string text) => PolyglotCells.Normalize(text);
}
