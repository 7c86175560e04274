namespace Clawdemy.Notebooks.Zmtp;

/// <summary>A connected peer of a bound socket: its connection, the routing id a ROUTER knows it by, and what it subscribed to.</summary>
internal sealed class Peer(ZmtpConnection connection, byte[] routingId)
{
    private readonly List<byte[]> _subscriptions = [];

    public ZmtpConnection Connection { get; } = connection;

    public byte[] RoutingId { get; } = routingId;

    public string Key { get; } = Convert.ToHexString(routingId);

    public void Subscribe(byte[] prefix)
    {
        lock (_subscriptions) _subscriptions.Add(prefix);
    }

    public void Cancel(byte[] prefix)
    {
        lock (_subscriptions)
        {
            var index = _subscriptions.FindIndex(s => s.AsSpan().SequenceEqual(prefix));
            if (index >= 0) _subscriptions.RemoveAt(index);
        }
    }

    public bool WantsTopic(ReadOnlySpan<byte> topic)
    {
        lock (_subscriptions)
        {
            foreach (var prefix in _subscriptions)
            {
                if (topic.StartsWith(prefix)) return true;
            }

            return false;
        }
    }
}
