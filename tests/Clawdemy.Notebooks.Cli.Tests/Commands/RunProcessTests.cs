using System.Diagnostics;

namespace Clawdemy.Notebooks.Cli.Tests.Commands;

/// <summary>`clawdemy run` as a process: killed with SIGKILL it leaves nothing behind; each notebook is written as soon as it ends.</summary>
public sealed class RunProcessTests
{
    private static Process StartCli(params string[] arguments)
    {
        var start = new ProcessStartInfo(Engine.Processes.ChildProcess.DotnetHost) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clawdemy.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CI"] = "true";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [Fact]
    public async Task Killing_the_cli_with_sigkill_mid_cell_leaves_nothing_of_its_run_alive_after_10_seconds()
    {
        var folder = RepoPaths.TempFolder();
        var notebook = TestNotebooks.Write(folder, "busy.ipynb",
            """System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "600") { UseShellExecute = false });""",
            "while (true) { }");
        using var cli = StartCli("run", notebook, "--timeout", "300");
        // Wait until the run has a kernel and the kernel has its sleeping child: the cell is under way.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        List<int> run;
        do
        {
            await Task.Delay(200);
            run = ProcessTable.LivingDescendants(cli.Id);
        }
        while (run.Count < 2 && DateTime.UtcNow < deadline);
        Assert.True(run.Count >= 2, "the run never started its kernel and the cell's child");

        cli.Kill(entireProcessTree: false);
        await cli.WaitForExitAsync();
        // Orphans are found by their pids recorded above: the CLI's descendants are reparented once it dies.
        var survivors = run;
        var end = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < end && survivors.Count > 0)
        {
            await Task.Delay(250);
            survivors = run.Where(ProcessTable.IsAlive).ToList();
        }

        Assert.Empty(survivors);
    }

    [Fact]
    public async Task Each_notebook_is_written_as_soon_as_it_ends_while_another_still_runs()
    {
        var folder = RepoPaths.TempFolder();
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        var quick = TestNotebooks.Write(folder, "quick.ipynb", "1 + 1");
        var slow = TestNotebooks.Write(folder, "slow.ipynb", "System.Threading.Thread.Sleep(600_000);");
        using var cli = StartCli("run", quick, slow, "--output", output, "--parallel", "2", "--timeout", "90");
        var written = Path.Combine(output, "quick.ipynb");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(80);
        while (!File.Exists(written) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(File.Exists(written), "quick.ipynb was not written while slow.ipynb ran");
        Assert.False(cli.HasExited, "the run ended before slow.ipynb's timeout: the check proves nothing");
        Assert.Contains("\"text/plain\"", File.ReadAllText(written));
        Assert.False(File.Exists(Path.Combine(output, "slow.ipynb")));
        // Done: the slow notebook is not waited for. Ending the CLI ends its kernel too (see the test above).
        cli.Kill(entireProcessTree: true);
        await cli.WaitForExitAsync();
    }
}
