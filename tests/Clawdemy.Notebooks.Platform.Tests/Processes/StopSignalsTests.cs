using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Platform.Tests.Processes;

public sealed class StopSignalsTests
{
    private static int ExitOf(string script) =>
        ChildProcess.Run(ChildProcess.StartInfo("sh", ["-c", script]), TimeSpan.FromSeconds(30)).ExitCode;

    [Theory]
    [InlineData("INT", "SIGINT (Ctrl+C)")]
    [InlineData("TERM", "SIGTERM")]
    public void A_helper_ended_by_sigint_or_sigterm_is_a_stop_that_names_the_helper_and_the_signal(string signal, string named)
    {
        var exitCode = ExitOf($"kill -s {signal} $$; sleep 5");

        Assert.True(StopSignals.EndedByStopSignal(exitCode), $"exit code {exitCode}");
        var stop = Assert.Throws<HelperStoppedException>(() => StopSignals.ThrowIfEndedByStopSignal(exitCode, "Node.js"));
        Assert.Equal($"Node.js was ended by {named}", stop.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(stop);
    }

    [Theory]
    [InlineData("exit 0")]
    [InlineData("exit 1")]
    [InlineData("kill -s KILL $$; sleep 5")]
    [InlineData("kill -s SEGV $$; sleep 5")]
    public void A_helper_that_exits_or_dies_any_other_way_is_not_a_stop(string script)
    {
        var exitCode = ExitOf(script);

        Assert.False(StopSignals.EndedByStopSignal(exitCode), $"exit code {exitCode}");
        StopSignals.ThrowIfEndedByStopSignal(exitCode, "Node.js");
    }
}
