using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Handouts.Assets;
using Clawdemy.Notebooks.Handouts.Math;
using Clawdemy.Notebooks.Handouts.Rendering;
using Clawdemy.Notebooks.Platform.Files;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>
/// The main job: runs the notebooks that changed (the rest come from the cache; each run is cached as soon as its
/// notebook ends, so a notebook that fails or is stopped costs the next export no other one), renders every handout and
/// the index in memory, then writes each file atomically. A notebook with a failing cell still gets its handout, with the error shown.
/// Everything that can be refused is refused before any notebook runs; temporary files a killed export left in the
/// output and cache folders are removed first.
/// </summary>
public sealed class HandoutExporter(ExportSettings settings)
{
    /// <summary>
    /// Exports the notebooks, running the ones that need it with <paramref name="run"/>, which calls its second argument
    /// with each notebook's result as soon as that notebook ends.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// When two handouts would share a file name, or the front-end assets, Node.js or Chromium (with --pdf) are missing.
    /// </exception>
    /// <exception cref="OperationCanceledException">
    /// When <paramref name="cancellationToken"/> is cancelled (Ctrl+C): it is checked before the pages are rendered and
    /// before each file is written or printed, so a stopped export writes no further file; what was written stays whole.
    /// </exception>
    public async Task<ExportResult> ExportAsync(
        IReadOnlyList<NotebookDocument> notebooks,
        Func<IReadOnlyList<NotebookDocument>, Action<NotebookRunResult>, Task<IReadOnlyList<NotebookRunResult>>> run,
        CancellationToken cancellationToken = default)
    {
        HandoutSet.CheckFileNames(notebooks);
        var printer = !settings.Pdf ? null : Programs.Chromium() is { } chromium ? new PdfPrinter(chromium) : throw new InvalidOperationException(
            "--pdf needs Chromium, which is not installed: apt-get install -y chromium-headless-shell (or chromium, or set CHROMIUM_PATH)");
        var assets = FrontEndAssets.Locate();
        var cache = new ExportCache(settings.CacheFolder, settings.CacheLimitBytes);
        AtomicFile.CleanStale(settings.OutputFolder);
        cache.CleanStale();

        var keys = notebooks.Select(n => ExportCache.KeyOf(n, settings.Runner)).ToArray();

        // Every run is in the cache, and the output folder still holds what the last export wrote from these same runs
        // with these same settings: the pages would come out byte for byte the same, so nothing is read, rendered or written.
        var stamp = new ExportStamp(settings.CacheFolder, settings.OutputFolder);
        var renderKey = RenderKey(notebooks, keys, assets);
        if (!settings.Force && keys.All(cache.Has) && stamp.UpToDate(renderKey) is { } upToDate)
        {
            return new ExportResult([], [], notebooks.Select(n => n.Path).ToArray(), []) { UpToDate = upToDate };
        }

        var executed = new NotebookDocument?[notebooks.Count];
        if (!settings.Force)
        {
            for (var i = 0; i < notebooks.Count; i++) executed[i] = cache.Find(keys[i], notebooks[i].Path);
        }

        var toRun = Enumerable.Range(0, notebooks.Count).Where(i => executed[i] is null).ToArray();
        var keyOf = toRun.ToDictionary(i => notebooks[i].Path, i => keys[i], StringComparer.Ordinal);
        void Finished(NotebookRunResult result)
        {
            if (result.Failed || !keyOf.TryGetValue(result.Document.Path, out var key)) return;
            lock (cache) cache.Store(key, result.Document);
        }

        var runs = toRun.Length == 0 ? [] : await run(toRun.Select(i => notebooks[i]).ToArray(), Finished);
        for (var j = 0; j < toRun.Length; j++) executed[toRun[j]] = runs[j].Document;

        cancellationToken.ThrowIfCancellationRequested();
        var set = new HandoutSet(settings.Handout);
        foreach (var document in executed) set.Add(document!);
        var (pages, index) = set.Finish(assets, new MathTypesetter(assets));

        stamp.Forget();
        var written = new List<string>();
        foreach (var handout in pages.Append(index))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(settings.OutputFolder, handout.FileName);
            AtomicFile.WriteAllText(path, handout.Html);
            written.Add(path);
        }

        if (printer is not null)
        {
            foreach (var html in written.ToArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                written.Add(printer.Print(html, settings.Paper));
            }
        }

        stamp.Record(renderKey, written);

        return new ExportResult(
            written,
            toRun.Select(i => notebooks[i].Path).ToArray(),
            Enumerable.Range(0, notebooks.Count).Except(toRun).Select(i => notebooks[i].Path).ToArray(),
            runs);
    }

    /// <summary>
    /// The key of everything that decides the pages besides the runs themselves: the rendering code, the settings, each
    /// notebook's path and cache key (its text, its inputs, the engine), and the front-end assets (npm's lock of what is
    /// installed, the plotly.js bundle, the scripts Node runs).
    /// </summary>
    private string RenderKey(IReadOnlyList<NotebookDocument> notebooks, IReadOnlyList<string> keys, FrontEndAssets assets)
    {
        using var key = new ContentKey();
        key.Add("handouts", typeof(HandoutSet).Module.ModuleVersionId.ToByteArray())
            .Add("settings", $"{settings.Handout} pdf={settings.Pdf} paper={settings.Paper}");
        for (var i = 0; i < notebooks.Count; i++) key.Add($"notebook {notebooks[i].Path}", keys[i]);
        var files = new[] { Path.Combine(assets.NodeModules, ".package-lock.json"), assets.File(PlotlyBundle.Folder, PlotlyBundle.InlineFile) }
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Assets"), "*.js").Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var exists = File.Exists(file);
            key.Add($"{(exists ? "asset" : "missing")} {Path.GetFileName(file)}", exists ? File.ReadAllBytes(file) : []);
        }

        return key.Finish();
    }
}
