namespace Clawdemy.Notebooks.Platform.Processes;

/// <summary>
/// A helper program ended by a stop signal. A terminal's Ctrl+C reaches every process of its foreground group, so a
/// program the command started (a kernel not yet in a group of its own, Node.js, Chromium) can die of it a moment before
/// the command's own signal handler has run. Its death is then the user's stop, not the helper's failure: nothing it
/// would have made is to be written, and the command ends as stopped.
/// </summary>
public static class StopSignals
{
    /// <summary>How .NET reports the exit of a child ended by SIGINT (Ctrl+C): 128 + 2.</summary>
    public const int InterruptedExitCode = 130;

    /// <summary>How .NET reports the exit of a child ended by SIGTERM: 128 + 15.</summary>
    public const int TerminatedExitCode = 143;

    /// <summary>Whether <paramref name="exitCode"/> is that of a process ended by SIGINT or SIGTERM.</summary>
    public static bool EndedByStopSignal(int exitCode) => exitCode is InterruptedExitCode or TerminatedExitCode;

    /// <summary>
    /// Throws <see cref="HelperStoppedException"/> naming <paramref name="program"/> when <paramref name="exitCode"/>
    /// says it was ended by SIGINT or SIGTERM; otherwise does nothing.
    /// </summary>
    public static void ThrowIfEndedByStopSignal(int exitCode, string program)
    {
        if (EndedByStopSignal(exitCode)) throw Stopped(exitCode, program);
    }

    /// <summary>The stop of <paramref name="program"/>, ended by the signal its <paramref name="exitCode"/> names.</summary>
    public static HelperStoppedException Stopped(int exitCode, string program) =>
        new($"{program} was ended by {(exitCode == InterruptedExitCode ? "SIGINT (Ctrl+C)" : "SIGTERM")}");
}
