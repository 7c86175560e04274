namespace Clawdemy.Notebooks.Cli.Tests;

/// <summary>Runs the command line in process and keeps what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Cli.InvokeAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The one line of stderr (fails when there are more or none).</summary>
    public string ErrorLine => Assert.Single(Error.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries));

    public static string Fixture(string name) => RepoPaths.TestFolder("Clawdemy.Notebooks.Cli.Tests", "Commands", name);

    /// <summary>A copy of a fixture in a fresh folder, for commands that write.</summary>
    public static string CopyOf(string name)
    {
        var copy = Path.Combine(RepoPaths.TempFolder(), name);
        File.Copy(Fixture(name), copy);
        return copy;
    }
}
