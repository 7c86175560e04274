namespace Clawdemy.Notebooks.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>All good.</summary>
    public const int Success = 0;

    /// <summary>Bad usage or unreadable input.</summary>
    public const int BadInput = 1;

    /// <summary>A cell failed (or a check found a problem).</summary>
    public const int CellFailed = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT), as shells count it: 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM, as shells count it: 128 + 15.</summary>
    public const int Terminated = 143;
}
