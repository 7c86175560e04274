using System.Collections.Concurrent;

namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// A bound PUB socket: a message goes to every subscriber with a subscription that is a prefix of its first frame (the
/// topic). Subscriptions arrive as a data frame <c>0x01 + prefix</c> (ZMTP 3.0; <c>0x00 + prefix</c> cancels) or as a
/// SUBSCRIBE / CANCEL command (ZMTP 3.1); both are accepted. A subscriber too slow to keep up loses messages past its
/// queue rather than holding up the publisher (ZeroMQ's high-water mark).
/// </summary>
public sealed class PublisherSocket : BoundSocket
{
    private readonly ConcurrentDictionary<Peer, byte> _peers = new();

    /// <inheritdoc cref="BoundSocket(SocketType, string, int, Action{string})"/>
    public PublisherSocket(string address, int port, Action<string>? log = null)
        : base(SocketType.Pub, address, port, log)
    {
    }

    /// <summary>Publishes a message; its first frame is the topic that subscriptions are matched against.</summary>
    public void Send(IReadOnlyList<byte[]> message)
    {
        if (message.Count == 0) throw new ArgumentException("a message has at least one frame", nameof(message));
        foreach (var peer in _peers.Keys)
        {
            if (peer.WantsTopic(message[0])) peer.Connection.TrySend(message);
        }
    }

    private protected override void OnConnected(Peer peer) => _peers[peer] = 0;

    private protected override void OnDisconnected(Peer peer) => _peers.TryRemove(peer, out _);

    private protected override ValueTask OnMessageAsync(Peer peer, byte[][] message, CancellationToken cancellationToken)
    {
        // A subscriber sends nothing but (un)subscriptions; under ZMTP 3.0 they are one-frame data messages.
        if (message is [{ Length: > 0 } frame])
        {
            if (frame[0] == 1) peer.Subscribe(frame[1..]);
            else if (frame[0] == 0) peer.Cancel(frame[1..]);
        }

        return ValueTask.CompletedTask;
    }

    private protected override void OnCommand(Peer peer, Command command)
    {
        if (command.Name == Command.Subscribe) peer.Subscribe(command.Data);
        else if (command.Name == Command.Cancel) peer.Cancel(command.Data);
    }
}
