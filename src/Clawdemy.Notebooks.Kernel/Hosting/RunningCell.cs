using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Kernel.Transport;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// The execute_request being run: its interrupt token, and who answers for it. Either the cell finishes (and the kernel
/// replies as usual) or the interrupt watchdog abandons it (and replies that the kernel ends); never both.
/// </summary>
internal sealed class RunningCell(JupyterMessage request, RouterChannel socket, int executionCount) : IDisposable
{
    private int _state;

    public JupyterMessage Request { get; } = request;

    public RouterChannel Socket { get; } = socket;

    public int ExecutionCount { get; } = executionCount;

    public CancellationTokenSource Interrupt { get; } = new();

    /// <summary>The cell finished: true unless the watchdog already answered for it.</summary>
    public bool TryFinish() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    /// <summary>The cell would not stop: true unless it finished meanwhile.</summary>
    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, 2, 0) == 0;

    public void Dispose() => Interrupt.Dispose();
}
