using Clawdemy.Notebooks.Engine.Execution;

namespace Microsoft.DotNet.Interactive;

/// <summary>Polyglot's context of the running cell, reduced to what cells use: the token that says the cell was interrupted.</summary>
public sealed class KernelInvocationContext
{
    private KernelInvocationContext(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    /// <summary>The running cell's context.</summary>
    public static KernelInvocationContext Current => new(CellContext.CancellationToken);

    /// <summary>Cancelled when the cell is interrupted: a long loop that checks it stops cleanly and the kernel keeps its state.</summary>
    public CancellationToken CancellationToken { get; }
}
