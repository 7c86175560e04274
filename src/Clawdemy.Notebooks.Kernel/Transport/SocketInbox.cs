using System.Threading.Channels;
using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// Reads one socket on the poller thread that owns it into a bounded channel, turning each message's frames into an
/// item (null drops the message: a bad signature). When the channel is full the socket is not read until the channel
/// has room again, so the socket's high-water mark and then TCP slow the sender (a kernel's PUB drops past it) and the
/// reader's memory stays bounded.
/// </summary>
/// <typeparam name="T">What a message is read as.</typeparam>
internal sealed class SocketInbox<T>
    where T : class
{
    private readonly NetMQSocket _socket;
    private readonly NetMQPoller _poller;
    private readonly Func<byte[][], T?> _read;
    private readonly ChannelWriter<T>? _into;
    private List<byte[]> _frames = [];
    private T? _pending;

    /// <param name="socket">The socket, on <paramref name="poller"/>.</param>
    /// <param name="poller">The poller that owns the socket.</param>
    /// <param name="read">Reads a message's frames; null drops it.</param>
    /// <param name="into">Where the messages go; null reads and drops them all (a channel whose replies nobody waits for).</param>
    public SocketInbox(NetMQSocket socket, NetMQPoller poller, Func<byte[][], T?> read, ChannelWriter<T>? into)
    {
        _socket = socket;
        _poller = poller;
        _read = read;
        _into = into;
        socket.ReceiveReady += OnReceiveReady;
    }

    private void OnReceiveReady(object? sender, NetMQSocketEventArgs e)
    {
        while (true)
        {
            if (_pending is not null)
            {
                if (!_into!.TryWrite(_pending))
                {
                    Pause();
                    return;
                }

                _pending = null;
            }

            if (!_socket.TryReceiveMultipartBytes(ref _frames)) return;
            if (_into is not null) _pending = _read([.. _frames]);
        }
    }

    /// <summary>Stops reading the socket (the poller no longer waits on it) until the channel has room.</summary>
    private void Pause()
    {
        _socket.ReceiveReady -= OnReceiveReady;
        _ = ResumeWhenRoomAsync();
    }

    private async Task ResumeWhenRoomAsync()
    {
        try
        {
            // Not on the poller's context: the wait may outlive the poller, and the resumption is handed to it below.
            if (!await _into!.WaitToWriteAsync().ConfigureAwait(false)) return;
            _poller.Run(() => _socket.ReceiveReady += OnReceiveReady);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or ChannelClosedException)
        {
            // The client closed meanwhile: nothing more is read.
        }
    }
}
