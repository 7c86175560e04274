using NetMQ;
using NetMQ.Sockets;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// A kernel's heartbeat: a bound REP socket that sends every request back as it came, on a poller thread of its own,
/// so that a kernel busy with a cell, or with a flood of output on its other sockets, still answers each ping at once.
/// </summary>
internal sealed class HeartbeatEcho : IDisposable
{
    /// <summary>The name of the heartbeat's thread, as a debugger or a dump shows it.</summary>
    public const string ThreadName = "clawdemy kernel heartbeat";

    private readonly ResponseSocket _socket;
    private readonly NetMQPoller _poller;
    private List<byte[]> _frames = [];

    /// <summary>Binds <paramref name="endpoint"/> (<c>tcp://IP:PORT</c>); pings are answered once <see cref="Start"/> is called.</summary>
    /// <exception cref="NetMQException">The port cannot be bound.</exception>
    public HeartbeatEcho(string endpoint)
    {
        _socket = SocketLimits.Apply(new ResponseSocket());
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
        // REP answers each request before it reads the next; a reply that cannot leave (the pinger went) is dropped.
        while (_socket.TryReceiveMultipartBytes(ref _frames)) _socket.TrySendMultipartBytes(_frames);
    }
}
