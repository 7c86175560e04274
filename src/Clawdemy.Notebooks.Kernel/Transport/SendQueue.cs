using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// The messages waiting to leave one socket. NetMQ sockets are not thread-safe: any thread may hand a message over
/// here, and the poller thread that owns the socket sends it. What is handed over after the queue closed is dropped,
/// as a closed ZeroMQ socket drops it (a thread a cell left running may still print after the kernel shut down).
/// </summary>
internal sealed class SendQueue : IDisposable
{
    private readonly NetMQSocket _socket;
    private readonly NetMQQueue<byte[][]> _queue = new();
    private readonly Lock _gate = new();
    private bool _closed;

    /// <param name="socket">The socket the messages go out on; it and this queue must be on the same poller.</param>
    public SendQueue(NetMQSocket socket)
    {
        _socket = socket;
        _queue.ReceiveReady += OnReady;
    }

    /// <summary>Whether every message handed over has been given to the socket.</summary>
    public bool IsEmpty => _queue.IsEmpty;

    /// <summary>Puts the queue on the poller that owns the socket.</summary>
    public void AttachTo(NetMQPoller poller) => poller.Add(_queue);

    /// <summary>Hands a message (its frames) over, from any thread; it never waits.</summary>
    public void Enqueue(byte[][] message)
    {
        lock (_gate)
        {
            if (!_closed) _queue.Enqueue(message);
        }
    }

    /// <summary>Closes the queue; call it once the poller is stopped.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_closed) return;
            _closed = true;
        }

        _queue.Dispose();
    }

    private void OnReady(object? sender, NetMQQueueEventArgs<byte[][]> e)
    {
        // PUB and ROUTER never wait to send: past the high-water mark (or to a peer that is gone) they drop the message,
        // as ZeroMQ does, so a zero timeout loses nothing a blocking send would have delivered.
        while (_queue.TryDequeue(out var message, TimeSpan.Zero)) _socket.TrySendMultipartBytes(message);
    }
}
