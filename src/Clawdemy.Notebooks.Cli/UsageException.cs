namespace Clawdemy.Notebooks.Cli;

/// <summary>Bad usage or unreadable input: reported as one line, exit code 1, nothing written.</summary>
internal sealed class UsageException(string message) : Exception(message);
