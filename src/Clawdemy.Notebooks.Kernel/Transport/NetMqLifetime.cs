using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// Who in this process uses NetMQ: a kernel's channels and each kernel client hold a lease while their sockets are open.
/// When the last lease ends, NetMQ's context (its I/O thread and reaper) is cleaned up without waiting, so that the
/// process can exit; a later lease gets a fresh context. Leases are counted because the CLI runs several clients at
/// once, and cleaning up under one would end the sockets of the others.
/// </summary>
internal static class NetMqLifetime
{
    private static readonly Lock Gate = new();
    private static int _leases;

    /// <summary>Takes a lease; dispose it once every socket created under it is closed.</summary>
    public static NetMqLease Acquire()
    {
        lock (Gate) _leases++;
        return new NetMqLease();
    }

    /// <summary>Ends a lease (<see cref="NetMqLease.Dispose"/>): the last one cleans NetMQ up.</summary>
    internal static void Release()
    {
        lock (Gate)
        {
            if (--_leases == 0) NetMQConfig.Cleanup(block: false);
        }
    }
}
