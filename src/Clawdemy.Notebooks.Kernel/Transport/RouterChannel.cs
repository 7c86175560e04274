using System.Threading.Channels;
using NetMQ;
using NetMQ.Sockets;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// A bound ROUTER socket (a kernel's shell, control or stdin), owned by a poller thread: every message received is the
/// sending peer's routing id followed by the frames it sent, and a message sent goes to the peer named by its first
/// frame (to an unknown peer, or one that does not read its replies, it is dropped, as ZeroMQ does). A front end that
/// reconnects with the same identity takes its old connection's place (ROUTER_HANDOVER), so it is answered on the new
/// one. What arrives is checked and kept within bounds by a <see cref="PeerInbox"/>. Any thread may send and one reader
/// receives; the socket itself is only touched on the poller thread.
/// </summary>
internal sealed class RouterChannel : IDisposable
{
    private readonly RouterSocket _socket;
    private readonly SendQueue _outgoing;
    private readonly PeerInbox _incoming;

    /// <summary>Binds <paramref name="endpoint"/> (<c>tcp://IP:PORT</c>); nothing is read until <see cref="AttachTo"/>.</summary>
    /// <param name="endpoint">Where to listen.</param>
    /// <param name="name">The socket's name in the log ("shell").</param>
    /// <param name="refuse">Why a message is refused before anything of it is kept (a bad signature), or null to keep it.</param>
    /// <param name="log">Where drops are reported.</param>
    /// <exception cref="NetMQException">The port cannot be bound.</exception>
    public RouterChannel(string endpoint, string name, Func<IReadOnlyList<ReadOnlyMemory<byte>>, string?> refuse, Action<string> log)
    {
        _socket = SocketLimits.Apply(new RouterSocket(), SocketLimits.MaxRequestFrameBytes);
        try
        {
            _socket.Options.RouterHandover = true;
            _socket.Bind(endpoint);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }

        _incoming = new PeerInbox(name, refuse, log);
        _socket.ReceiveReady += (_, _) => _incoming.ReadFrom(_socket);
        _outgoing = new SendQueue(_socket);
    }

    /// <summary>Whether every message sent has been given to the socket.</summary>
    public bool Drained => _outgoing.IsEmpty;

    /// <summary>Receives the next message: the peer's routing id, then the frames it sent.</summary>
    /// <exception cref="ChannelClosedException">The socket was closed.</exception>
    public ValueTask<byte[][]> ReceiveAsync(CancellationToken cancellationToken = default) => _incoming.ReadAsync(cancellationToken);

    /// <summary>Takes a message that has already arrived, if there is one, without waiting.</summary>
    public bool TryReceive(out byte[][] message) => _incoming.TryRead(out message);

    /// <summary>Sends a message to the peer whose routing id is the first frame; the other frames are what it receives. It never waits.</summary>
    public ValueTask SendAsync(IReadOnlyList<byte[]> message, CancellationToken cancellationToken = default)
    {
        if (message.Count < 2) throw new ArgumentException("a ROUTER message is a routing id and at least one frame", nameof(message));
        _outgoing.Enqueue([.. message]);
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the socket: call it once its poller is stopped. A reader waiting is told the socket closed.</summary>
    public void Dispose()
    {
        _incoming.Close();
        _outgoing.Dispose();
        _socket.Dispose();
    }

    /// <summary>Puts the socket and its send queue on <paramref name="poller"/>, the one thread that uses them.</summary>
    public void AttachTo(NetMQPoller poller)
    {
        poller.Add(_socket);
        _outgoing.AttachTo(poller);
    }
}
