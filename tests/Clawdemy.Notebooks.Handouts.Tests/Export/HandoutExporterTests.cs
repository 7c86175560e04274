using Clawdemy.Notebooks.Handouts.Export;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Handouts.Tests.Export;

public class HandoutExporterTests
{
    /// <summary>The runner's build, as the CLI names its engine and kernel.</summary>
    private const string Runner = "engine build 1";

    private static NotebookDocument[] Two() => [Fixtures.Load("Export", "passing.ipynb"), Fixtures.Load("Export", "failing.ipynb")];

    [Fact]
    public async Task A_notebook_with_a_failing_cell_still_gets_its_handout_with_the_error_shown()
    {
        var settings = Fixtures.Settings();
        var result = await new HandoutExporter(settings).ExportAsync(Two(), new Fixtures.CountingRunner(shareRuns: true).Run);
        Assert.True(result.Failed);
        var html = File.ReadAllText(Path.Combine(settings.OutputFolder, "failing.html"));
        Assert.Contains("<div class=\"output error\" role=\"alert\"><pre>System.InvalidOperationException: shown in the handout", html);
        Assert.Contains("<pre>2</pre>", html); // the cell after the failure ran too
        Assert.Equal(["failing.html", "index.html", "passing.html"], Directory.GetFiles(settings.OutputFolder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task An_unchanged_notebook_is_not_run_again_and_the_handouts_are_byte_identical()
    {
        var settings = Fixtures.Settings();
        var runner = new Fixtures.CountingRunner();
        await new HandoutExporter(settings).ExportAsync(Two(), runner.Run);
        var first = Handouts(settings.OutputFolder);

        var second = await new HandoutExporter(settings).ExportAsync(Two(), runner.Run);
        Assert.Equal(3, runner.Runs); // 2 the first time; only the failing notebook (never cached) again
        Assert.Equal([Fixtures.Load("Export", "passing.ipynb").Path], second.FromCache);
        AssertSameHandouts(first, Handouts(settings.OutputFolder));
    }

    [Fact]
    public async Task With_nothing_changed_nothing_is_rendered_or_written_and_a_handout_edited_or_deleted_by_hand_is_written_again()
    {
        var settings = Fixtures.Settings();
        var passing = Fixtures.Load("Export", "passing.ipynb");
        var runner = new Fixtures.CountingRunner(shareRuns: true);
        var first = await new HandoutExporter(settings).ExportAsync([passing], runner.Run);
        var page = Path.Combine(settings.OutputFolder, "passing.html");
        var written = File.ReadAllText(page);

        var second = await new HandoutExporter(settings).ExportAsync([passing], runner.Run);
        Assert.Empty(second.Written);
        Assert.Equal(first.Written.Order(), second.UpToDate.Order());
        Assert.Equal(1, runner.Runs);

        File.AppendAllText(page, "<!-- edited by hand -->");
        var afterEdit = await new HandoutExporter(settings).ExportAsync([passing], runner.Run);
        Assert.Contains(page, afterEdit.Written);
        Assert.Equal(written, File.ReadAllText(page));

        File.Delete(Path.Combine(settings.OutputFolder, "index.html"));
        var afterDelete = await new HandoutExporter(settings).ExportAsync([passing], runner.Run);
        Assert.Contains(Path.Combine(settings.OutputFolder, "index.html"), afterDelete.Written);

        var otherOptions = await new HandoutExporter(settings with { Handout = settings.Handout with { Highlight = !settings.Handout.Highlight } }).ExportAsync([passing], runner.Run);
        Assert.Contains(page, otherOptions.Written);
        Assert.Equal(1, runner.Runs); // every export after the first took the run from the cache
    }

    [Fact]
    public async Task A_notebook_is_cached_as_soon_as_it_ends_so_an_export_stopped_later_does_not_cost_it()
    {
        var settings = Fixtures.Settings();
        var passing = Fixtures.Load("Export", "passing.ipynb");
        // The run finishes the first notebook, then the export is stopped before the rest (a kill, a crash).
        await Assert.ThrowsAsync<OperationCanceledException>(() => new HandoutExporter(settings).ExportAsync([passing, Fixtures.Load("Export", "failing.ipynb")],
            async (documents, finished) =>
            {
                finished(await Fixtures.SharedRun(documents[0]));
                throw new OperationCanceledException("the export was stopped");
            }));
        var runner = new Fixtures.CountingRunner();
        var next = await new HandoutExporter(settings).ExportAsync([passing], runner.Run);
        Assert.Equal(0, runner.Runs);
        Assert.Equal([passing.Path], next.FromCache);
    }

    [Fact]
    public async Task Force_runs_everything_again_and_still_gives_byte_identical_handouts()
    {
        var settings = Fixtures.Settings();
        var runner = new Fixtures.CountingRunner();
        await new HandoutExporter(settings).ExportAsync(Two(), runner.Run);
        var first = Handouts(settings.OutputFolder);
        await new HandoutExporter(settings with { Force = true }).ExportAsync(Two(), runner.Run);
        Assert.Equal(4, runner.Runs);
        AssertSameHandouts(first, Handouts(settings.OutputFolder));
    }

    [Fact]
    public void A_change_to_the_notebook_a_referenced_file_or_the_engine_changes_the_cache_key()
    {
        var folder = RepoPaths.TempFolder();
        File.WriteAllText(Path.Combine(folder, "lib.csx"), "int One() => 1;");
        var notebook = Path.Combine(folder, "n.ipynb");
        File.WriteAllText(notebook, File.ReadAllText(RepoPaths.TestFolder("Clawdemy.Notebooks.Handouts.Tests", "Export", "passing.ipynb")).Replace("var z = 0.19;", "#load \\\"lib.csx\\\"\\nvar z = 0.19;"));
        var before = ExportCache.KeyOf(NotebookDocument.Load(notebook), Runner);
        Assert.Contains(Path.Combine(folder, "lib.csx"), ExportCache.Inputs(NotebookDocument.Load(notebook)));
        File.WriteAllText(Path.Combine(folder, "lib.csx"), "int One() => 2;");
        Assert.NotEqual(before, ExportCache.KeyOf(NotebookDocument.Load(notebook), Runner));
        Assert.Equal(ExportCache.KeyOf(NotebookDocument.Load(notebook), Runner), ExportCache.KeyOf(NotebookDocument.Load(notebook), Runner));
        Assert.NotEqual(ExportCache.KeyOf(NotebookDocument.Load(notebook), Runner), ExportCache.KeyOf(NotebookDocument.Load(notebook), "engine build 2"));
    }

    [Fact]
    public void The_course_notebooks_depend_on_the_helper_library_and_the_data()
    {
        var inputs = ExportCache.Inputs(NotebookDocument.Load(RepoPaths.Combine("notebooks", "05_pixel_template.ipynb")));
        Assert.Contains(RepoPaths.Combine("artifacts", "lib", "Clawdemy.Notebooks.dll"), inputs);
        Assert.Contains(RepoPaths.Combine("data", "mnist", "train-images-idx3-ubyte.gz"), inputs);
        Assert.DoesNotContain(inputs, f => f.Contains("node_modules"));
    }

    [Fact]
    public async Task Pdf_prints_each_handout_with_chromium()
    {
        var settings = Fixtures.Settings(pdf: true);
        var result = await new HandoutExporter(settings).ExportAsync([Fixtures.Load("Export", "passing.ipynb")], new Fixtures.CountingRunner(shareRuns: true).Run);
        var pdf = Path.Combine(settings.OutputFolder, "passing.pdf");
        Assert.Contains(pdf, result.Written);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
    }

    [Theory]
    [InlineData(PaperSize.A4, @"/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]")] // 210 × 297 mm in points
    [InlineData(PaperSize.Letter, @"/MediaBox \[0 0 612 792\]")] // 8.5 × 11 in in points
    public async Task Pdf_prints_on_the_paper_asked_for(PaperSize paper, string mediaBox)
    {
        var settings = Fixtures.Settings(pdf: true) with { Paper = paper };
        await new HandoutExporter(settings).ExportAsync([Fixtures.Load("Export", "passing.ipynb")], new Fixtures.CountingRunner(shareRuns: true).Run);
        Assert.Matches(mediaBox, System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(settings.OutputFolder, "passing.pdf"))));
    }

    [Fact]
    public void Printing_a_page_that_is_not_the_handout_fails_naming_it_and_leaves_nothing_behind()
    {
        var folder = RepoPaths.TempFolder();
        var page = Path.Combine(folder, "leaves.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url=https://refresh.attacker.example/\"><title>Leaves</title></head><body><p>the handout</p></body></html>");
        var printer = new PdfPrinter(Chromium.ExecutablePath);
        var error = Assert.Throws<InvalidOperationException>(() => printer.Print(page));
        Assert.StartsWith($"{page}: Chromium printed a page that is not the handout", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal([page], Directory.GetFileSystemEntries(folder));
        Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), $"clawdemy-chromium-{Environment.ProcessId}-*"));
    }

    [Fact]
    public void Printing_looks_up_no_host_name_even_for_a_page_that_asks_for_remote_resources()
    {
        var folder = RepoPaths.TempFolder();
        var page = Path.Combine(folder, "remote.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Remote</title><link rel=\"stylesheet\" href=\"https://css.attacker.example/x.css\"></head><body><img src=\"https://img.attacker.example/x.png\"></body></html>");
        var netLog = Path.Combine(folder, "netlog.json");
        var pdf = new PdfPrinter(Chromium.ExecutablePath, [$"--log-net-log={netLog}"]).Print(page);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
        Assert.Equal(0, NetLog.Resolutions(netLog));
    }

    [Fact]
    public async Task Two_notebooks_that_would_share_a_handout_are_refused_before_any_runs()
    {
        var runner = new Fixtures.CountingRunner();
        var twin = Path.Combine(RepoPaths.TempFolder(), "passing.ipynb");
        File.Copy(RepoPaths.TestFolder("Clawdemy.Notebooks.Handouts.Tests", "Export", "passing.ipynb"), twin);
        var settings = Fixtures.Settings();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new HandoutExporter(settings).ExportAsync([Fixtures.Load("Export", "passing.ipynb"), NotebookDocument.Load(twin)], runner.Run));
        Assert.EndsWith("would both become the handout passing.html; rename one or export them separately", error.Message);
        Assert.Equal(0, runner.Runs);
        Assert.Empty(Directory.GetFileSystemEntries(settings.OutputFolder));
    }

    [Fact]
    public async Task The_export_cache_stays_under_its_limit_dropping_the_least_recently_used_run()
    {
        var settings = Fixtures.Settings() with { CacheLimitBytes = 1 };
        var runner = new Fixtures.CountingRunner(shareRuns: true);
        await new HandoutExporter(settings).ExportAsync([Fixtures.Load("Export", "passing.ipynb")], runner.Run);
        var first = Assert.Single(Directory.GetFiles(settings.CacheFolder, "*.ipynb"));
        var twin = Path.Combine(RepoPaths.TempFolder(), "other.ipynb");
        File.WriteAllText(twin, File.ReadAllText(RepoPaths.TestFolder("Clawdemy.Notebooks.Handouts.Tests", "Export", "passing.ipynb")).Replace("z * 2", "z * 3"));
        await new HandoutExporter(settings).ExportAsync([NotebookDocument.Load(twin)], runner.Run);
        var second = Assert.Single(Directory.GetFiles(settings.CacheFolder, "*.ipynb")); // over the limit: only the newest is kept
        Assert.NotEqual(first, second);
    }

    private static SortedDictionary<string, byte[]> Handouts(string folder) =>
        new(Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>The same files, byte for byte; where one differs, the text is compared so the failure shows where.</summary>
    private static void AssertSameHandouts(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, bytes) in expected)
        {
            if (!bytes.AsSpan().SequenceEqual(actual[name])) Assert.Equal($"{name}\n{System.Text.Encoding.UTF8.GetString(bytes)}", $"{name}\n{System.Text.Encoding.UTF8.GetString(actual[name])}");
        }
    }
}
