namespace Clawdemy.Notebooks.Cli.Tests.Commands;

public class ExportCommandTests
{
    private static string Cache() => RepoPaths.TempFolder();

    [Fact]
    public async Task A_failing_cell_gives_exit_code_2_and_still_writes_its_handout()
    {
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("export", CliRun.Fixture("typo.ipynb"), "--out", outFolder, "--cache", Cache());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("typo.ipynb cell 2 (2,9): error CS0103", run.Error);
        Assert.Contains("error CS0103", File.ReadAllText(Path.Combine(outFolder, "typo.html")));
        Assert.True(File.Exists(Path.Combine(outFolder, "index.html")));
    }

    [Fact]
    public async Task Allow_errors_exits_0_with_the_same_handout()
    {
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("export", CliRun.Fixture("typo.ipynb"), "--out", outFolder, "--cache", Cache(), "--allow-errors");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("error CS0103", File.ReadAllText(Path.Combine(outFolder, "typo.html")));
    }

    [Fact]
    public async Task Bad_input_gets_one_line_exit_1_and_nothing_in_the_output_folder()
    {
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("export", CliRun.Fixture("good.ipynb"), CliRun.Fixture("broken.ipynb"), "--out", outFolder, "--cache", Cache());
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(outFolder));
    }

    [Fact]
    public async Task A_second_export_of_unchanged_notebooks_comes_from_the_cache_with_identical_bytes()
    {
        var outFolder = RepoPaths.TempFolder();
        var cache = Cache();
        Assert.Equal(0, (await CliRun.Of("export", CliRun.Fixture("good.ipynb"), "--out", outFolder, "--cache", cache)).ExitCode);
        var first = File.ReadAllBytes(Path.Combine(outFolder, "good.html"));
        var second = await CliRun.Of("export", CliRun.Fixture("good.ipynb"), "--out", outFolder, "--cache", cache);
        Assert.Contains("cached", second.Output);
        Assert.DoesNotContain("cell 2 ok", second.Output);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(outFolder, "good.html")));
    }

    [Fact]
    public async Task The_input_notebooks_are_never_changed_by_an_export()
    {
        var input = CliRun.CopyOf("good.ipynb");
        var before = File.ReadAllBytes(input);
        await CliRun.Of("export", input, "--out", RepoPaths.TempFolder(), "--cache", Cache());
        Assert.Equal(before, File.ReadAllBytes(input));
    }
}
