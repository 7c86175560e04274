using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// A bound ROUTER socket: every message received is prefixed with the sending peer's routing id (its <c>Identity</c>,
/// or one made up for it), and a message sent goes to the peer named by its first frame; to an unknown peer it is
/// dropped, as ZeroMQ does. A second peer with the identity of a connected one takes its place (ROUTER_HANDOVER),
/// so a front end that reconnects is answered on its new connection.
/// </summary>
public sealed class RouterSocket : BoundSocket
{
    private readonly Channel<byte[][]> _incoming = Channel.CreateUnbounded<byte[][]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, Peer> _peers = new();

    /// <inheritdoc cref="BoundSocket(SocketType, string, int, Action{string})"/>
    public RouterSocket(string address, int port, Action<string>? log = null)
        : base(SocketType.Router, address, port, log)
    {
    }

    /// <summary>Receives the next message: the peer's routing id, then the frames it sent.</summary>
    /// <exception cref="ChannelClosedException">The socket was closed.</exception>
    public ValueTask<byte[][]> ReceiveAsync(CancellationToken cancellationToken = default) => _incoming.Reader.ReadAsync(cancellationToken);

    /// <summary>Takes a message that has already arrived, if there is one, without waiting.</summary>
    public bool TryReceive(out byte[][] message) => _incoming.Reader.TryRead(out message!);

    /// <summary>Sends a message to the peer whose routing id is the first frame; the other frames are what it receives.</summary>
    public async ValueTask SendAsync(IReadOnlyList<byte[]> message, CancellationToken cancellationToken = default)
    {
        if (message.Count < 2) throw new ArgumentException("a ROUTER message is a routing id and at least one frame", nameof(message));
        if (!_peers.TryGetValue(Convert.ToHexString(message[0]), out var peer)) return;
        await peer.Connection.SendAsync(message.Skip(1).ToArray(), cancellationToken);
    }

    private protected override void OnConnected(Peer peer) => _peers[peer.Key] = peer;

    private protected override void OnDisconnected(Peer peer) => _peers.TryRemove(new KeyValuePair<string, Peer>(peer.Key, peer));

    private protected override ValueTask OnMessageAsync(Peer peer, byte[][] message, CancellationToken cancellationToken) =>
        _incoming.Writer.WriteAsync([peer.RoutingId, .. message], cancellationToken);

    private protected override void OnClosed() => _incoming.Writer.TryComplete();
}
