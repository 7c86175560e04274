namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>A hold on NetMQ's context (<see cref="NetMqLifetime"/>), released once however often it is disposed.</summary>
internal sealed class NetMqLease : IDisposable
{
    private int _released;

    /// <summary>Releases the lease; the last one released cleans NetMQ up.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) NetMqLifetime.Release();
    }
}
