using System.Diagnostics;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Platform.Tests.Processes;

public class ChildProcessTests
{
    private static HelperResult Shell(string script, TimeSpan timeout, string? input = null, int limit = ChildProcess.DefaultOutputLimit) =>
        ChildProcess.Run(ChildProcess.StartInfo("sh", ["-c", script], standardInput: input is not null), timeout, input, limit);

    private static int[] Pids(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

    [Fact]
    public void A_helper_gives_its_exit_code_its_output_and_what_it_read_on_stdin()
    {
        var result = Shell("cat; echo oops >&2; exit 3", TimeSpan.FromSeconds(30), input: "0.19 in, 0.19 out");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("0.19 in, 0.19 out", result.Output);
        Assert.Equal("oops", result.FirstErrorLine());
        Assert.False(result.TimedOut);
        Assert.False(result.OutputCut);
    }

    [Fact]
    public void A_helper_past_its_time_is_ended_with_the_processes_it_started()
    {
        var clock = Stopwatch.StartNew();
        var result = Shell("sleep 600 & echo $!; sleep 600", TimeSpan.FromSeconds(1));
        Assert.True(result.TimedOut);
        Assert.Equal(-1, result.ExitCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        var grandchild = Assert.Single(Pids(result.Output));
        var gone = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (ProcessTable.IsAlive(grandchild) && DateTime.UtcNow < gone) Thread.Sleep(50);
        Assert.False(ProcessTable.IsAlive(grandchild));
    }

    [Fact]
    public void A_flood_of_output_is_kept_up_to_the_cap_and_the_rest_is_read_and_dropped()
    {
        var result = Shell("head -c 20000000 /dev/zero | tr '\\0' x", TimeSpan.FromSeconds(60), limit: 100_000);
        Assert.Equal(0, result.ExitCode);
        Assert.True(result.OutputCut);
        Assert.Equal(new string('x', 100_000), result.Output);
    }

    [Fact]
    public void A_grandchild_that_keeps_the_pipes_open_does_not_hold_the_result_back()
    {
        var clock = Stopwatch.StartNew();
        var result = Shell("sleep 600 & echo $!", TimeSpan.FromSeconds(60));
        var grandchild = Pids(result.Output).SingleOrDefault();
        try
        {
            Assert.Equal(0, result.ExitCode);
            Assert.False(result.TimedOut);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        }
        finally
        {
            if (grandchild > 0) Process.GetProcessById(grandchild).Kill();
        }
    }

    [Fact]
    public void A_helper_that_is_not_installed_cannot_be_started()
    {
        Assert.Throws<System.ComponentModel.Win32Exception>(() =>
            ChildProcess.Run(ChildProcess.StartInfo("clawdemy-no-such-helper", []), TimeSpan.FromSeconds(5)));
    }
}
