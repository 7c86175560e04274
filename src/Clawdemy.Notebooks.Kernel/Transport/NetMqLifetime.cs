using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// Who in this process uses NetMQ: a kernel's channels and each kernel client hold a lease while their sockets are open.
/// When the last lease ends, NetMQ's context (its I/O thread and reaper) is cleaned up, so that the process can exit;
/// a later lease gets a fresh context. Leases are counted because the CLI runs several clients at once, and cleaning up
/// under one would end the sockets of the others.
/// </summary>
/// <remarks>
/// The cleanup waits for the closed sockets to be reaped, which every socket's <see cref="SocketLimits.Linger"/> bounds
/// (100 ms, and only while one still holds a message), so it cannot hang: every socket is closed before its lease ends.
/// It does not use <c>Cleanup(block: false)</c>: in NetMQ 4.0.4.5 that stops the reaper at once, and a socket that is
/// still being reaped then makes it signal "done" a second time, to a mailbox already closed, which throws on the
/// reaper's thread and ends the process (seen when Ctrl+C closed clients whose kernels had not bound their ports yet).
/// </remarks>
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
            if (--_leases == 0) NetMQConfig.Cleanup(block: true);
        }
    }
}
