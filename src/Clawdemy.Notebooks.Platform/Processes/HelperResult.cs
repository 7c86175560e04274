namespace Clawdemy.Notebooks.Platform.Processes;

/// <summary>What a helper program did when <see cref="ChildProcess.Run"/> ran it.</summary>
/// <param name="ExitCode">Its exit code; -1 when it was stopped for running past its time.</param>
/// <param name="Output">What it wrote to stdout, at most the cap the run was given.</param>
/// <param name="Error">What it wrote to stderr, at most the cap the run was given.</param>
/// <param name="TimedOut">Whether it ran past its time and was ended, with every process it started.</param>
/// <param name="OutputCut">Whether stdout or stderr wrote more than the cap (the rest was read and dropped).</param>
public sealed record HelperResult(int ExitCode, string Output, string Error, bool TimedOut, bool OutputCut)
{
    /// <summary>The first line of stderr that names an error (or the first line at all), trimmed; empty when there is none.</summary>
    public string FirstErrorLine(string marker = "error")
    {
        var lines = Error.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return lines.FirstOrDefault(l => l.Contains(marker, StringComparison.OrdinalIgnoreCase)) ?? lines.FirstOrDefault() ?? "";
    }
}
