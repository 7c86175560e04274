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

    [Fact]
    public async Task Two_notebooks_with_the_same_name_in_two_folders_are_refused_before_anything_runs()
    {
        var first = CliRun.CopyOf("good.ipynb");
        var second = CliRun.CopyOf("good.ipynb");
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("export", first, second, "--out", outFolder, "--cache", Cache());
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {first} and {second} would both become the handout good.html; rename one or export them separately", run.ErrorLine);
        Assert.DoesNotContain("cell 2 ok", run.Output);
        Assert.Empty(Directory.GetFileSystemEntries(outFolder));
    }

    [Fact]
    public async Task A_notebook_named_index_is_refused_because_its_handout_would_replace_the_course_index()
    {
        var index = Path.Combine(RepoPaths.TempFolder(), "index.ipynb");
        File.Copy(CliRun.Fixture("good.ipynb"), index);
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("export", index, "--out", outFolder, "--cache", Cache());
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {index}: its handout would be index.html, which is the course index; rename the notebook", run.ErrorLine);
        Assert.Empty(Directory.GetFileSystemEntries(outFolder));
    }

    [Fact]
    public async Task Markdown_is_sanitised_unless_trust_markdown_is_given()
    {
        var safe = RepoPaths.TempFolder();
        var trusted = RepoPaths.TempFolder();
        Assert.Equal(0, (await CliRun.Of("export", CliRun.Fixture("markdown-script.ipynb"), "--out", safe, "--cache", Cache())).ExitCode);
        Assert.Equal(0, (await CliRun.Of("export", CliRun.Fixture("markdown-script.ipynb"), "--out", trusted, "--cache", Cache(), "--trust-markdown")).ExitCode);
        var sanitised = File.ReadAllText(Path.Combine(safe, "markdown-script.html"));
        var kept = File.ReadAllText(Path.Combine(trusted, "markdown-script.html"));
        Assert.DoesNotContain("window.pwned", sanitised);
        Assert.Contains("script-src 'none';", sanitised);
        Assert.Contains("<script>window.pwned = 1;</script>", kept);
        Assert.Contains("onerror=\"window.pwned = 2\"", kept);
        Assert.DoesNotContain("script-src 'none';", kept);
    }

    [Fact]
    public async Task A_temporary_file_left_by_a_killed_export_is_removed_by_the_next_one()
    {
        var outFolder = RepoPaths.TempFolder();
        var cache = Cache();
        // No process has this id (Linux ids stop at 2^22): these are what a killed export leaves behind.
        const int Gone = int.MaxValue - 1;
        var stale = Path.Combine(outFolder, $".good.html.{Gone}.{Guid.NewGuid():N}.tmp");
        var staleInCache = Path.Combine(cache, $".0123.ipynb.{Gone}.{Guid.NewGuid():N}.tmp");
        var ours = Path.Combine(outFolder, $".good.html.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        foreach (var file in new[] { stale, staleInCache, ours }) File.WriteAllText(file, "half a handout");
        var run = await CliRun.Of("export", CliRun.Fixture("good.ipynb"), "--out", outFolder, "--cache", cache);
        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(staleInCache));
        Assert.True(File.Exists(ours)); // a running writer's file is left alone
    }

    [Fact]
    public async Task Pdf_of_a_page_that_navigates_away_exits_1_naming_the_handout()
    {
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("export", CliRun.Fixture("refresh.ipynb"), "--out", outFolder, "--cache", Cache(), "--pdf", "--trust-markdown");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^error: \S*refresh\.html: Chromium printed a page that is not the handout", run.ErrorLine);
        Assert.False(File.Exists(Path.Combine(outFolder, "refresh.pdf")));
        Assert.DoesNotContain(Directory.GetFiles(outFolder), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        var sanitised = await CliRun.Of("export", CliRun.Fixture("refresh.ipynb"), "--out", outFolder, "--cache", Cache(), "--pdf", "--paper", "letter");
        Assert.Equal(0, sanitised.ExitCode);
        Assert.True(File.Exists(Path.Combine(outFolder, "refresh.pdf")));
    }
}
