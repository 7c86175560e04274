using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Handouts.Assets;
using Clawdemy.Notebooks.Handouts.Export;
using Clawdemy.Notebooks.Handouts.Math;
using Clawdemy.Notebooks.Handouts.Rendering;
using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Handouts.Tests;

internal static class Fixtures
{
    public static NotebookDocument Load(string folder, string name) =>
        NotebookDocument.Load(RepoPaths.TestFolder("Clawdemy.Notebooks.Handouts.Tests", folder, name));

    public static (IReadOnlyList<Handout> Pages, Handout Index) Render(HandoutOptions options, params NotebookDocument[] executed)
    {
        var set = new HandoutSet(options);
        foreach (var document in executed) set.Add(document);
        var assets = FrontEndAssets.Locate();
        return set.Finish(assets, new MathTypesetter(assets));
    }

    /// <summary>Each fixture notebook's one real run in this process, for the tests that only render or cache a run.</summary>
    private static readonly SharedWork<string, NotebookRunResult> SharedRuns = new();

    /// <summary>A notebook's real run, made once in this process and shared: for a test whose point is what the exporter does with a run, not the run.</summary>
    public static Task<NotebookRunResult> SharedRun(NotebookDocument document) =>
        SharedRuns.Get(document.Path, _ => new NotebookRunner(new RunOptions()).RunAsync(document));

    /// <summary>
    /// Runs notebooks for real, in kernel processes, and counts how many runs were asked for. With
    /// <paramref name="shareRuns"/>, a notebook already run in this process gives that run again (<see cref="SharedRun"/>);
    /// tests that compare two runs' handouts byte for byte run afresh.
    /// </summary>
    public sealed class CountingRunner(bool shareRuns = false)
    {
        public int Runs { get; private set; }

        public async Task<IReadOnlyList<NotebookRunResult>> Run(IReadOnlyList<NotebookDocument> documents, Action<NotebookRunResult> finished)
        {
            Runs += documents.Count;
            var runner = shareRuns ? null : new NotebookRunner(new RunOptions());
            return await Task.WhenAll(documents.Select(async d =>
            {
                var result = runner is null ? await SharedRun(d) : await runner.RunAsync(d);
                finished(result);
                return result;
            }));
        }
    }

    public static ExportSettings Settings(bool force = false, bool pdf = false) =>
        new(RepoPaths.TempFolder(), RepoPaths.TempFolder(), force, pdf, new HandoutOptions());
}
