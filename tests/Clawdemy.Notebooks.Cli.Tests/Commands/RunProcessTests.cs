using System.Diagnostics;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Cli.Tests.Commands;

/// <summary>`clawdemy run` as a process: killed with SIGKILL it leaves no process behind, and stopped by Ctrl+C or SIGTERM nothing at all; each notebook is written as soon as it ends.</summary>
public sealed class RunProcessTests
{
    private static Process StartCli(params string[] arguments)
    {
        var process = Process.Start(CliProcess.StartInfo(arguments))!;
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
        await cli.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
        // Orphans are found by their pids recorded above: the CLI's descendants are reparented once it dies.
        var survivors = run;
        var end = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < end && survivors.Count > 0)
        {
            await Task.Delay(250);
            survivors = run.Where(ProcessTable.IsAlive).ToList();
        }

        Assert.Empty(survivors);
        // What SIGKILL cannot let the CLI remove: its kernel's connection file (a stop by signal removes it; see below),
        // and its own runtime's debugger pipes and diagnostic socket.
        foreach (var file in ConnectionFiles(cli.Id).Concat(ProcessTable.RuntimeFiles(cli.Id))) File.Delete(file);
    }

    [Theory]
    [InlineData("INT", 130, "stopped by Ctrl+C")]
    [InlineData("TERM", 143, "stopped by SIGTERM")]
    public async Task A_signal_mid_cell_stops_the_run_at_once_ending_its_kernel_and_leaving_no_file_of_it_in_tmp(string signal, int exitCode, string line)
    {
        var folder = RepoPaths.TempFolder();
        var output = Path.Combine(folder, "out");
        var notebook = TestNotebooks.Write(folder, "sleeps.ipynb", "1 + 1", """System.IO.File.WriteAllText("started", ""); System.Threading.Thread.Sleep(600_000);""");
        var before = File.ReadAllText(notebook);
        using var cli = Process.Start(CliProcess.StartInfo("run", notebook, "--output", output, "--timeout", "300"))!;
        var stderr = cli.StandardError.ReadToEndAsync();
        _ = cli.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!File.Exists(Path.Combine(folder, "started")) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(File.Exists(Path.Combine(folder, "started")), "the second cell never started");
        var run = ProcessTable.LivingDescendants(cli.Id);
        Assert.NotEmpty(ConnectionFiles(cli.Id));

        await Signals.SendAsync(cli.Id, signal);
        await cli.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(exitCode, cli.ExitCode);
        Assert.Contains(line, await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(run, ProcessTable.IsAlive);
        Assert.Empty(ConnectionFiles(cli.Id));
        // The runtime's debugger pipes and diagnostic socket, which a killed kernel would leave (run turns them off).
        Assert.Empty(run.SelectMany(ProcessTable.RuntimeFiles));
        Assert.False(File.Exists(Path.Combine(output, "sleeps.ipynb")), "a notebook stopped mid-run was written");
        Assert.Equal(before, File.ReadAllText(notebook));
    }


    /// <summary>The connection files that the CLI process <paramref name="pid"/> wrote for its kernels (KernelManager names them so).</summary>
    private static string[] ConnectionFiles(int pid) => Directory.GetFiles(Path.GetTempPath(), $"clawdemy-kernel-{pid}-*.json");

    /// <summary>The CLI's memory bound, whatever its cells print (issue 12): 300 MB resident.</summary>
    private const long MemoryBoundBytes = 300L * 1024 * 1024;

    [Fact]
    public async Task A_cell_that_floods_every_output_keeps_the_cli_under_300_mb_and_its_output_cut_at_the_cap()
    {
        var folder = RepoPaths.TempFolder();
        var output = Path.Combine(folder, "out");
        var notebook = TestNotebooks.Write(folder, "flood.ipynb",
            """
            var line = new string('x', 1023) + "\n";
            var raw = Console.OpenStandardOutput();
            var err = Console.OpenStandardError();
            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            for (var i = 0; i < 200 * 1024; i++) { Console.Write(line); raw.Write(bytes); err.Write(bytes); }
            "flooded"
            """);
        using var cli = StartCli("run", notebook, "--output", output, "--timeout", "600", "--max-output", "1024");
        long peak = 0;
        while (!cli.HasExited)
        {
            peak = Math.Max(peak, ResidentBytes(cli.Id));
            await Task.Delay(100);
        }

        Assert.Equal(0, cli.ExitCode);
        Assert.InRange(peak, 1, MemoryBoundBytes);
        var executed = NotebookDocument.Load(Path.Combine(output, "flood.ipynb"));
        var outputs = executed.Cells[0].Outputs;
        Assert.InRange(outputs.Where(o => o.OutputType == "stream").Sum(o => System.Text.Encoding.UTF8.GetByteCount(o.Text)), 1, 4 * (1024 * 1024 + 4096));
        Assert.Contains(outputs, o => o.StreamName == "stderr" && o.Text.Contains("[output cut: this cell produced more than 1024 KB", StringComparison.Ordinal));
    }

    /// <summary>A process's resident memory now (VmRSS in /proc), 0 once it is gone.</summary>
    private static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [Fact]
    public async Task A_ctrl_c_to_the_terminal_while_kernels_start_stops_the_run_and_leaves_every_input_as_it_was()
    {
        // A terminal's Ctrl+C reaches every process of its group, kernels that do not yet lead a group of their own
        // included: one can die of it before the CLI's own handler has run. That death is the user's stop, not a failed
        // notebook, so --in-place writes nothing. Several rounds, the signal sent at different moments of the starts.
        var folder = RepoPaths.TempFolder();
        var notebooks = Enumerable.Range(1, 4).Select(i => TestNotebooks.Write(folder, $"n{i}.ipynb", "System.Threading.Thread.Sleep(600_000);")).ToArray();
        var before = notebooks.Select(File.ReadAllText).ToArray();
        foreach (var delay in Enumerable.Range(0, 12).Select(i => i * 25))
        {
            using var cli = Process.Start(CliProcess.InOwnGroup(["run", .. notebooks, "--in-place", "--parallel", "4"]))!;
            var stderr = cli.StandardError.ReadToEndAsync();
            _ = cli.StandardOutput.ReadToEndAsync();
            // The first kernel process is there: the CLI has its handlers, and the kernels are starting.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (ProcessTable.LivingDescendants(cli.Id).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(5);
            await Task.Delay(delay);
            await Signals.SendToGroupAsync(cli.Id, "INT");
            await cli.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));

            Assert.True(cli.ExitCode == ExitCodes.Interrupted, $"Ctrl+C {delay} ms in: exit {cli.ExitCode}, {await stderr}");
            Assert.Contains("stopped by Ctrl+C", await stderr, StringComparison.Ordinal);
            Assert.Equal(before, notebooks.Select(File.ReadAllText).ToArray());
            Assert.Empty(ConnectionFiles(cli.Id));
        }
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
        // Done: the slow notebook is not waited for. Stopping the CLI ends its kernel too (see the tests above).
        await Signals.SendAsync(cli.Id, "TERM");
        await cli.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
    }
}
