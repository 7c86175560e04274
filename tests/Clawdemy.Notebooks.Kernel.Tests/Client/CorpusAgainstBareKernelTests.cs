using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Kernel.Client;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Clawdemy.Notebooks.Kernel.Tests.Client;

/// <summary>
/// The public Polyglot notebooks of the engine's corpus (tests/Clawdemy.Notebooks.Engine.Tests/Corpus, licences in its
/// README) run by <c>clawdemy run</c>'s runner through our kernel process, each cell's outputs compared with the same cell
/// run in this process on the bare .NET Interactive CSharpKernel (with only what its own packages give: NuGet, helpers,
/// value sharing, the html and value kernels). Identical once display ids, submission numbers, the style block, line
/// endings and the text/plain our Jupyter layer adds beside an HTML-only value are set aside. Cells that use the host's
/// magics (<c>#!time</c>, <c>#!lsmagic</c>, <c>#!about</c>, <c>#!markdown</c>) or its javascript kernel (added by
/// the Jupyter host, not the packages), which the bare kernel lacks, are left to the engine's corpus test.
/// </summary>
[Collection(nameof(CorpusAgainstBareKernelTests))]
public partial class CorpusAgainstBareKernelTests
{
    private static readonly string[] HostMagics = ["#!time", "#!lsmagic", "#!about", "#!markdown", "#!javascript", "#!js"];

    public static TheoryData<string> Notebooks => new(Directory.GetFiles(CorpusFolder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static string CorpusFolder => RepoPaths.TestFolder("Clawdemy.Notebooks.Engine.Tests", "Corpus", "");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Each_cell_under_our_kernel_gives_what_the_bare_csharp_kernel_gives_in_process(string name)
    {
        var document = NotebookDocument.Load(Path.Combine(CorpusFolder, name));
        var ours = await new NotebookRunner(new RunOptions()).RunAsync(document);
        var cells = document.Cells.Where(c => c.CellType == "code").ToArray();
        var mismatches = new List<string>();
        var directory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = CorpusFolder;
        try
        {
            using var bare = BareKernel();
            foreach (var cell in cells)
            {
                var source = cell.Submission;
                var expected = await RunBareAsync(bare, source);
                if (HostMagics.Any(m => source.TrimStart().StartsWith(m, StringComparison.Ordinal))) continue;
                var actual = ours.Document.Cells[cell.Index].Outputs.Select((o, i) => Describe(o, i < expected.Count ? expected[i] : null)).ToArray();
                if (!expected.Select(e => e.Text).SequenceEqual(actual))
                {
                    mismatches.Add($"cell {cell.Number}:\n  bare: {string.Join(" | ", expected.Select(e => e.Text))}\n  ours: {string.Join(" | ", actual)}");
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

    /// <summary>The bare kernel: what Microsoft.DotNet.Interactive, .CSharp and .PackageManagement give with no host code.</summary>
    private static CompositeKernel BareKernel()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        var root = new CompositeKernel { csharp, new HtmlKernel(), new KeyValueStoreKernel() };
        root.DefaultKernelName = "csharp";
        return root;
    }

    private sealed record Output(string Text, IReadOnlyCollection<string> MimeTypes, string? DisplayId = null);

    /// <summary>
    /// One cell's outputs on the bare kernel, as nbformat would keep them: consecutive stream text merged, displays by MIME
    /// type (an update replacing the display of its id, as update_display_data does), the error.
    /// </summary>
    private static async Task<List<Output>> RunBareAsync(CompositeKernel kernel, string source)
    {
        var result = await kernel.SendAsync(new SubmitCode(source));
        var outputs = new List<Output>();
        string? streamName = null;
        foreach (var e in result.Events)
        {
            var (name, text) = e switch
            {
                StandardOutputValueProduced s => ("stdout", Plain(s)),
                StandardErrorValueProduced s => ("stderr", Plain(s)),
                _ => (null, null),
            };
            if (name is not null)
            {
                if (streamName == name) outputs[^1] = outputs[^1] with { Text = outputs[^1].Text + Normalize(text!) };
                else outputs.Add(new Output($"{name}: " + Normalize(text!), []));
                streamName = name;
                continue;
            }

            streamName = null;
            switch (e)
            {
                case ReturnValueProduced { Value: DisplayedValue }:
                    break;
                case DisplayedValueUpdated updated:
                    var index = outputs.FindIndex(o => o.DisplayId == updated.ValueId);
                    if (index >= 0) outputs[index] = Displayed(updated);
                    break;
                case DisplayedValueProduced or ReturnValueProduced:
                    outputs.Add(Displayed((DisplayEvent)e));
                    break;
                case CommandFailed failed when failed.Command == result.Command:
                    outputs.Add(new Output("error: " + Normalize(failed.Message), []));
                    break;
            }
        }

        return outputs;
    }

    private static Output Displayed(DisplayEvent display)
    {
        var bundle = display.FormattedValues.Where(v => !v.SuppressDisplay).GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => g.First().Value);
        return new Output(Bundle(bundle), bundle.Keys, display.ValueId);
    }

    /// <summary>Our saved output in the same words; a text/plain the bare kernel did not give in the same place is set aside.</summary>
    private static string Describe(CellOutput output, Output? expected) => output.OutputType switch
    {
        "stream" => $"{output.StreamName}: {Normalize(output.Text)}",
        "error" => "error: " + Normalize(output.ErrorValue ?? ""),
        _ => Bundle(output.Data.Where(p => p.Key != "text/plain" || expected is null || expected.MimeTypes.Contains("text/plain"))
            .ToDictionary(p => p.Key, p => p.Value)),
    };

    private static string Plain(DisplayEvent e) => e.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? "";

    private static string Bundle(IReadOnlyDictionary<string, string> bundle) =>
        "display: " + string.Join("; ", bundle.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Normalize(p.Value)}"));

    /// <summary>A text as <see cref="PolyglotCells.Normalize"/> makes it, and without ids (each process makes its own).</summary>
    private static string Normalize(string text) => Guid().Replace(PolyglotCells.Normalize(text), "ID");

    [GeneratedRegex(@"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")]
    private static partial Regex Guid();
}
