namespace Clawdemy.Notebooks.Platform.Processes;

/// <summary>A helper program (a kernel, Node.js, Chromium) was ended by SIGINT or SIGTERM: a stop, not its failure (<see cref="StopSignals"/>).</summary>
public sealed class HelperStoppedException(string message) : OperationCanceledException(message);
