namespace Clawdemy.Notebooks.Kernel.Protocol;

/// <summary>The kernel cannot start: a missing or malformed connection file, a port in use. The message is one line naming the file or the port.</summary>
public sealed class KernelStartException(string message) : Exception(message);
