using System.Threading.Channels;
using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// What a kernel's ROUTER socket (shell, control or stdin) has received and its loop has not read yet, bounded per peer
/// and per socket. The socket thread reads the socket as fast as peers send, so that nothing piles up inside NetMQ; each
/// message is checked first (its signature), and one that is refused is dropped before anything of it is kept. A
/// message that would take its peer past <see cref="SocketLimits.HighWatermark"/> messages or
/// <see cref="SocketLimits.PeerInboxBytes"/>, or the socket past <see cref="SocketLimits.SocketInboxBytes"/>, is dropped
/// too. A ROUTER is not paused when full, as the client's inbox is: that would hold up every peer for one.
/// Each kind of drop is logged once, when it starts; how many were dropped is logged when the inbox is next empty, or
/// with the next drop once <see cref="SummaryInterval"/> has passed, so that a flood costs the log a few lines.
/// </summary>
internal sealed class PeerInbox
{
    private readonly string _name;
    private readonly Func<IReadOnlyList<ReadOnlyMemory<byte>>, string?> _refuse;
    private readonly Action<string> _log;
    private readonly Channel<Entry> _entries = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Messages, long Bytes)> _peers = [];
    private readonly Dictionary<string, int> _dropped = [];
    private long _bytes;
    private DateTime _dropsSince;
    private readonly List<Msg> _frames = [];

    /// <summary>How long drops are counted, not logged, once the first has been: 10 s.</summary>
    public static readonly TimeSpan SummaryInterval = TimeSpan.FromSeconds(10);

    /// <param name="name">The socket's name in the log ("shell").</param>
    /// <param name="refuse">Why a message is refused (a bad signature), or null to keep it; called on the socket thread.</param>
    /// <param name="log">Where drops are reported.</param>
    public PeerInbox(string name, Func<IReadOnlyList<ReadOnlyMemory<byte>>, string?> refuse, Action<string> log)
    {
        _name = name;
        _refuse = refuse;
        _log = log;
    }

    /// <summary>Receives the next message kept: the peer's routing id, then the frames it sent.</summary>
    /// <exception cref="ChannelClosedException">The socket was closed.</exception>
    public async ValueTask<byte[][]> ReadAsync(CancellationToken cancellationToken) => Taken(await _entries.Reader.ReadAsync(cancellationToken));

    /// <summary>Takes a message that has already arrived, if there is one, without waiting.</summary>
    public bool TryRead(out byte[][] message)
    {
        if (_entries.Reader.TryRead(out var entry))
        {
            message = Taken(entry);
            return true;
        }

        message = [];
        return false;
    }

    /// <summary>Tells a reader waiting that nothing more will come.</summary>
    public void Close() => _entries.Writer.TryComplete();

    /// <summary>
    /// Reads up to <see cref="SocketLimits.ReadBatch"/> messages from <paramref name="socket"/>: call it on the socket's
    /// thread when it is ready. A message is checked and measured in NetMQ's own (pooled) buffers, and copied out only
    /// when it is kept, so that a refused or dropped one leaves nothing behind, not even garbage.
    /// </summary>
    public void ReadFrom(NetMQSocket socket)
    {
        for (var i = 0; i < SocketLimits.ReadBatch && ReceiveFrames(socket); i++)
        {
            try
            {
                Keep();
            }
            finally
            {
                foreach (var frame in _frames) frame.Close();
                _frames.Clear();
            }
        }
    }

    /// <summary>Receives every frame of the next message into <see cref="_frames"/>; false when none has arrived.</summary>
    private bool ReceiveFrames(NetMQSocket socket)
    {
        do
        {
            var frame = default(Msg);
            frame.InitEmpty();
            if (!socket.TryReceive(ref frame, _frames.Count == 0 ? TimeSpan.Zero : SocketLimits.Linger))
            {
                // A message's frames arrive together, so only the first can be missing (nothing has arrived).
                frame.Close();
                foreach (var received in _frames) received.Close();
                _frames.Clear();
                return false;
            }

            _frames.Add(frame);
        }
        while (_frames[^1].HasMore);
        return true;
    }

    private void Keep()
    {
        var views = _frames.Select(f => (ReadOnlyMemory<byte>)f.SliceAsMemory()).ToArray();
        if (_refuse(views) is { } problem)
        {
            Drop(problem);
            return;
        }

        var peer = Convert.ToHexString(views[0].Span);
        var bytes = views.Sum(f => (long)f.Length);
        lock (_gate)
        {
            var (messages, peerBytes) = _peers.GetValueOrDefault(peer);
            if (messages >= SocketLimits.HighWatermark || peerBytes + bytes > SocketLimits.PeerInboxBytes)
            {
                Drop($"a peer sent more than {SocketLimits.HighWatermark} messages or {SocketLimits.PeerInboxBytes / (1024 * 1024)} MiB before the kernel read them");
                return;
            }

            if (_bytes + bytes > SocketLimits.SocketInboxBytes)
            {
                Drop($"peers together sent more than {SocketLimits.SocketInboxBytes / (1024 * 1024)} MiB before the kernel read them");
                return;
            }

            _peers[peer] = (messages + 1, peerBytes + bytes);
            _bytes += bytes;
        }

        _entries.Writer.TryWrite(new Entry([.. views.Select(f => f.ToArray())], peer, bytes));
    }

    private byte[][] Taken(Entry entry)
    {
        string? summary = null;
        lock (_gate)
        {
            var (messages, bytes) = _peers[entry.Peer];
            if (messages == 1) _peers.Remove(entry.Peer);
            else _peers[entry.Peer] = (messages - 1, bytes - entry.Bytes);
            _bytes -= entry.Bytes;
            if (_bytes == 0) summary = TakeSummary();
        }

        if (summary is not null) _log(summary);
        return entry.Message;
    }

    private void Drop(string why)
    {
        string? summary = null;
        bool first;
        lock (_gate)
        {
            if (_dropped.Count > 0 && DateTime.UtcNow - _dropsSince > SummaryInterval) summary = TakeSummary();
            if (_dropped.Count == 0) _dropsSince = DateTime.UtcNow;
            var count = _dropped.GetValueOrDefault(why);
            first = count == 0;
            _dropped[why] = count + 1;
        }

        if (summary is not null) _log(summary);
        if (first) _log($"{_name}: {why}: dropped (logged once; a count follows)");
    }

    /// <summary>The count of what was dropped since the last summary, or null; call it holding the gate.</summary>
    private string? TakeSummary()
    {
        if (_dropped.Count == 0) return null;
        var summary = $"{_name}: dropped {string.Join("; ", _dropped.Select(d => $"{d.Value} message(s) as {d.Key}"))}";
        _dropped.Clear();
        return summary;
    }

    private sealed record Entry(byte[][] Message, string Peer, long Bytes);
}
