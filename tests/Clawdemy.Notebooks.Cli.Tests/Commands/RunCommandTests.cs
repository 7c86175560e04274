namespace Clawdemy.Notebooks.Cli.Tests.Commands;

public class RunCommandTests
{
    [Fact]
    public async Task Running_a_good_notebook_exits_0_and_writes_the_executed_copy_to_the_output_folder()
    {
        var input = CliRun.CopyOf("good.ipynb");
        var before = File.ReadAllText(input);
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("run", input, "--output", outFolder);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, File.ReadAllText(input));
        var executed = File.ReadAllText(Path.Combine(outFolder, "good.ipynb"));
        Assert.Contains("0.547", executed);
        Assert.Contains("ok", run.Output);
    }

    [Fact]
    public async Task In_place_writes_the_outputs_into_the_input()
    {
        var input = CliRun.CopyOf("good.ipynb");
        var run = await CliRun.Of("run", input, "--in-place");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0.547", File.ReadAllText(input));
    }

    [Fact]
    public async Task When_a_cell_fails_the_exit_code_is_2_and_the_error_names_file_cell_and_line()
    {
        var input = CliRun.Fixture("typo.ipynb");
        var run = await CliRun.Of("run", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{input} cell 2 (2,9): error CS0103: The name 'sigmod' does not exist in the current context", run.Error.Trim());
    }

    [Fact]
    public async Task A_malformed_notebook_gets_one_line_exit_1_and_nothing_is_written()
    {
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("run", CliRun.Fixture("good.ipynb"), CliRun.Fixture("broken.ipynb"), "--output", outFolder);
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("broken.ipynb: not valid JSON", line);
        Assert.Empty(Directory.GetFileSystemEntries(outFolder));
    }

    [Fact]
    public async Task A_missing_file_is_bad_input()
    {
        var run = await CliRun.Of("run", "no/such/notebook.ipynb");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: no/such/notebook.ipynb: no such file or folder", run.Error.Trim());
    }

    [Fact]
    public async Task A_folder_with_no_notebooks_is_bad_input()
    {
        var folder = RepoPaths.TempFolder();
        var run = await CliRun.Of("run", folder);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("holds no .ipynb notebook", run.Error);
    }

    [Fact]
    public async Task Output_and_in_place_together_are_refused_at_parse_time()
    {
        var run = await CliRun.Of("run", CliRun.Fixture("good.ipynb"), "--in-place", "--output", RepoPaths.TempFolder());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot be used together", run.Error);
    }

    [Fact]
    public async Task A_summary_line_per_notebook_ends_the_run()
    {
        var run = await CliRun.Of("run", CliRun.Fixture("good.ipynb"), CliRun.Fixture("typo.ipynb"));
        Assert.Matches(@"ok +\S*good\.ipynb +2 cells, 0 failed", run.Output);
        Assert.Matches(@"failed +\S*typo\.ipynb +3 cells, 1 failed", run.Output);
    }
}
