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
}
