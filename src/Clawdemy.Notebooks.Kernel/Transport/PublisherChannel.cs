using NetMQ;
using NetMQ.Sockets;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// A bound PUB socket (a kernel's iopub), owned by a poller thread: a message goes to every subscriber with a
/// subscription that is a prefix of its first frame (the topic). Any thread may publish (a cell's outputs come from
/// the threads it runs on, the interrupt watchdog from its own); the messages are handed to the poller, which sends
/// them in the order they were handed over. A subscriber too slow to keep up loses messages past the high-water mark
/// rather than holding up the kernel.
/// </summary>
internal sealed class PublisherChannel : IDisposable
{
    private readonly PublisherSocket _socket;
    private readonly SendQueue _outgoing;

    /// <summary>Binds <paramref name="endpoint"/> (<c>tcp://IP:PORT</c>); nothing is sent until <see cref="AttachTo"/>.</summary>
    /// <exception cref="NetMQException">The port cannot be bound.</exception>
    public PublisherChannel(string endpoint)
    {
        _socket = SocketLimits.Apply(new PublisherSocket(), SocketLimits.MaxRequestFrameBytes);
        try
        {
            _socket.Bind(endpoint);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }

        _outgoing = new SendQueue(_socket);
    }

    /// <summary>Whether every message published has been given to the socket.</summary>
    public bool Drained => _outgoing.IsEmpty;

    /// <summary>Publishes a message, from any thread, without waiting; its first frame is the topic that subscriptions are matched against.</summary>
    public void Send(IReadOnlyList<byte[]> message)
    {
        if (message.Count == 0) throw new ArgumentException("a message has at least one frame", nameof(message));
        _outgoing.Enqueue([.. message]);
    }

    /// <summary>Puts the send queue on <paramref name="poller"/>, the one thread that uses the socket.</summary>
    public void AttachTo(NetMQPoller poller) => _outgoing.AttachTo(poller);

    /// <summary>Closes the socket: call it once its poller is stopped; what is published later is dropped.</summary>
    public void Dispose()
    {
        _outgoing.Dispose();
        _socket.Dispose();
    }
}
