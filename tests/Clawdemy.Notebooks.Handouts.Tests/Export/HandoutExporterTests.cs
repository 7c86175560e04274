using Clawdemy.Notebooks.Handouts.Export;

namespace Clawdemy.Notebooks.Handouts.Tests.Export;

public class HandoutExporterTests
{
    private static NotebookDocument[] Two() => [Fixtures.Load("Export", "passing.ipynb"), Fixtures.Load("Export", "failing.ipynb")];

    [Fact]
    public async Task A_notebook_with_a_failing_cell_still_gets_its_handout_with_the_error_shown()
    {
        var settings = Fixtures.Settings();
        var result = await new HandoutExporter(settings).ExportAsync(Two(), new Fixtures.CountingRunner().Run);
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
        var first = Directory.GetFiles(settings.OutputFolder).Order().Select(File.ReadAllBytes).ToArray();

        var second = await new HandoutExporter(settings).ExportAsync(Two(), runner.Run);
        Assert.Equal(3, runner.Runs); // 2 the first time; only the failing notebook (never cached) again
        Assert.Equal([Fixtures.Load("Export", "passing.ipynb").Path], second.FromCache);
        Assert.Equal(first, Directory.GetFiles(settings.OutputFolder).Order().Select(File.ReadAllBytes).ToArray());
    }

    [Fact]
    public async Task Force_runs_everything_again_and_still_gives_byte_identical_handouts()
    {
        var settings = Fixtures.Settings();
        var runner = new Fixtures.CountingRunner();
        await new HandoutExporter(settings).ExportAsync(Two(), runner.Run);
        var first = Directory.GetFiles(settings.OutputFolder).Order().Select(File.ReadAllBytes).ToArray();
        await new HandoutExporter(settings with { Force = true }).ExportAsync(Two(), runner.Run);
        Assert.Equal(4, runner.Runs);
        Assert.Equal(first, Directory.GetFiles(settings.OutputFolder).Order().Select(File.ReadAllBytes).ToArray());
    }

    [Fact]
    public void A_change_to_the_notebook_or_to_a_referenced_file_changes_the_cache_key()
    {
        var folder = RepoPaths.TempFolder();
        File.WriteAllText(Path.Combine(folder, "lib.csx"), "int One() => 1;");
        var notebook = Path.Combine(folder, "n.ipynb");
        File.WriteAllText(notebook, File.ReadAllText(RepoPaths.TestFolder("Clawdemy.Notebooks.Handouts.Tests", "Export", "passing.ipynb")).Replace("var z = 0.19;", "#load \\\"lib.csx\\\"\\nvar z = 0.19;"));
        var before = ExportCache.KeyOf(NotebookDocument.Load(notebook));
        Assert.Contains(Path.Combine(folder, "lib.csx"), ExportCache.Inputs(NotebookDocument.Load(notebook)));
        File.WriteAllText(Path.Combine(folder, "lib.csx"), "int One() => 2;");
        Assert.NotEqual(before, ExportCache.KeyOf(NotebookDocument.Load(notebook)));
        Assert.Equal(ExportCache.KeyOf(NotebookDocument.Load(notebook)), ExportCache.KeyOf(NotebookDocument.Load(notebook)));
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
        var result = await new HandoutExporter(settings).ExportAsync([Fixtures.Load("Export", "passing.ipynb")], new Fixtures.CountingRunner().Run);
        var pdf = Path.Combine(settings.OutputFolder, "passing.pdf");
        Assert.Contains(pdf, result.Written);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);
    }

    [Fact]
    public void Without_chromium_no_printer_is_found()
    {
        Assert.Null(PdfPrinter.Find(configured: "", searchPath: RepoPaths.TempFolder()));
        Assert.NotNull(PdfPrinter.Find(configured: Chromium.ExecutablePath, searchPath: ""));
    }
}
