namespace Clawdemy.Notebooks.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public async Task A_clean_notebook_passes_the_check()
    {
        var run = await CliRun.Of("check", CliRun.Fixture("good.ipynb"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task A_notebook_with_saved_outputs_fails_the_check_and_is_not_changed()
    {
        var input = CliRun.CopyOf("good.ipynb");
        await CliRun.Of("run", input, "--in-place");
        var executed = File.ReadAllText(input);
        var run = await CliRun.Of("check", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cell 2: has saved outputs", run.Error);
        Assert.Equal(executed, File.ReadAllText(input));
    }

    [Fact]
    public async Task A_malformed_notebook_is_bad_input_for_the_check()
    {
        var run = await CliRun.Of("check", CliRun.Fixture("broken.ipynb"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.ipynb: not valid JSON", run.Error);
    }
}
