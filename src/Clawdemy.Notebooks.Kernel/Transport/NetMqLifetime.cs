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
/// (100 ms, and only while one still holds a message): every socket of ours is closed before its lease ends. Sockets
/// that are not ours (a cell that uses NetMQ itself, in the kernel's process) would hold it up for as long as they are
/// open, so it is waited for <see cref="CleanupTimeout"/> at most; past that it finishes when they close.
/// It does not use <c>Cleanup(block: false)</c>: in NetMQ 4.0.4.5 that stops the reaper at once, and a socket that is
/// still being reaped then makes it signal "done" a second time, to a mailbox already closed, which throws on the
/// reaper's thread and ends the process (seen when Ctrl+C closed clients whose kernels had not bound their ports yet).
/// </remarks>
internal static class NetMqLifetime
{
    /// <summary>
    /// How long the last lease's release, or a new lease, waits for the cleanup: far longer than any socket of ours
    /// lingers, so that only sockets that are not ours make it give up.
    /// </summary>
    public static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many bytes of frame buffers NetMQ keeps for reuse, process-wide: 64 MiB, in buffers of up to
    /// <see cref="SocketLimits.MaxRequestFrameBytes"/>. NetMQ allocates a buffer for every frame it receives; pooled, a
    /// flood of messages the kernel drops reuses the same few buffers instead of leaving hundreds of megabytes of garbage
    /// for the collector (measured: 640 MB of dropped messages grew the kernel by about 300 MB without the pool).
    /// </summary>
    public const long BufferPoolBytes = 64L * 1024 * 1024;

    private static readonly Lock Gate = new();
    private static int _leases;
    private static Task _cleanup = Task.CompletedTask;

    static NetMqLifetime() => BufferPool.SetCustomBufferPool(new FrameBufferPool(BufferPoolBytes, (int)SocketLimits.MaxRequestFrameBytes));

    /// <summary>Takes a lease; dispose it once every socket created under it is closed.</summary>
    public static NetMqLease Acquire()
    {
        lock (Gate)
        {
            // A cleanup still under way is let finish first: a socket made meanwhile would be on the context it ends.
            _ = _cleanup.Wait(CleanupTimeout);
            _leases++;
        }

        return new NetMqLease();
    }

    /// <summary>How many leases are held now.</summary>
    internal static int Leases
    {
        get
        {
            lock (Gate) return _leases;
        }
    }

    /// <summary>Ends a lease (<see cref="NetMqLease.Dispose"/>): the last one cleans NetMQ up.</summary>
    internal static void Release()
    {
        lock (Gate)
        {
            if (--_leases > 0) return;
            _cleanup = CleanUpOnAThreadOfItsOwn();
            _ = _cleanup.Wait(CleanupTimeout);
        }
    }

    /// <summary>
    /// NetMQ's cleanup, started at once on a thread of its own. Queued to the thread pool instead, a starved pool (every
    /// thread blocked, as tests running side by side can leave it for seconds) ran it only after both waits had given up
    /// and the next lease's sockets were made on the old context, which the cleanup then ended under them: a client whose
    /// sockets never deliver, a kernel start that "did not answer" (NetMqLifetimeTests shows it).
    /// </summary>
    private static Task CleanUpOnAThreadOfItsOwn() =>
        Task.Factory.StartNew(() => NetMQConfig.Cleanup(block: true), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
