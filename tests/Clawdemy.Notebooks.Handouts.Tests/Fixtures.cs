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

    /// <summary>Runs notebooks for real, in worker processes, and counts how many runs were asked for.</summary>
    public sealed class CountingRunner
    {
        public int Runs { get; private set; }

        public async Task<IReadOnlyList<NotebookRunResult>> Run(IReadOnlyList<NotebookDocument> documents, Action<NotebookRunResult> finished)
        {
            Runs += documents.Count;
            var runner = new NotebookRunner(new RunOptions());
            return await Task.WhenAll(documents.Select(async d =>
            {
                var result = await runner.RunAsync(d);
                finished(result);
                return result;
            }));
        }
    }

    public static ExportSettings Settings(bool force = false, bool pdf = false) =>
        new(RepoPaths.TempFolder(), RepoPaths.TempFolder(), force, pdf, new HandoutOptions());
}
