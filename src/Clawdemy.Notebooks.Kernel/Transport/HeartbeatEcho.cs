using NetMQ;
using NetMQ.Sockets;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// A kernel's heartbeat: a bound ROUTER socket that sends every ping back to the peer it came from, as it came, on a
/// poller thread of its own, so that a kernel busy with a cell, or with a flood of output on its other sockets, still
/// answers each ping at once. ROUTER, as ipykernel's heartbeat is, not REP: a REP socket that cannot send a reply (its
/// peer pings and never reads, so the reply queue is full) reads no other request until it has, which stopped the
/// heartbeat for every client; a ROUTER drops the reply to that one peer and goes on.
/// </summary>
internal sealed class HeartbeatEcho : IDisposable
{
    /// <summary>The name of the heartbeat's thread, as a debugger or a dump shows it.</summary>
    public const string ThreadName = "clawdemy kernel heartbeat";

    private readonly RouterSocket _socket;
    private readonly NetMQPoller _poller;
    private List<byte[]> _frames = [];

    /// <summary>Binds <paramref name="endpoint"/> (<c>tcp://IP:PORT</c>); pings are answered once <see cref="Start"/> is called.</summary>
    /// <exception cref="NetMQException">The port cannot be bound.</exception>
    public HeartbeatEcho(string endpoint)
    {
        _socket = SocketLimits.Apply(new RouterSocket(), SocketLimits.MaxPingBytes);
        try
        {
            _socket.Bind(endpoint);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }

        _socket.ReceiveReady += OnReceiveReady;
        _poller = new NetMQPoller { _socket };
    }

    /// <summary>Starts answering, on the heartbeat's own thread.</summary>
    public void Start() => _poller.RunAsync(ThreadName, isBackgroundThread: true);

    /// <summary>Stops answering and closes the socket.</summary>
    public void Dispose()
    {
        _poller.Dispose();
        _socket.Dispose();
    }

    private void OnReceiveReady(object? sender, NetMQSocketEventArgs e)
    {
        // The first frame is the pinging peer's routing id, so the echo goes back to it; a reply that cannot leave (the
        // pinger went, or does not read) is dropped. A batch at a time, so that the poller also sees its own commands.
        for (var i = 0; i < SocketLimits.ReadBatch && _socket.TryReceiveMultipartBytes(ref _frames); i++) _socket.TrySendMultipartBytes(_frames);
    }
}
