using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// A socket that binds a TCP port and accepts any number of peers, each greeted and handshaken on its own, each read by
/// its own loop. A peer that breaks the protocol is logged and disconnected; the others go on.
/// </summary>
public abstract class BoundSocket : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<ZmtpConnection, Task> _readers = new();
    private readonly Action<string> _log;
    private readonly Task _accepting;
    private uint _nextRoutingId = 1;

    /// <summary>Binds <paramref name="address"/>:<paramref name="port"/> and starts accepting peers.</summary>
    /// <param name="type">This socket's type.</param>
    /// <param name="address">An IP address, or "*" / "0.0.0.0" for every interface.</param>
    /// <param name="port">The TCP port; 0 picks a free one (see <see cref="Port"/>).</param>
    /// <param name="log">Where protocol problems are reported (a kernel's stderr).</param>
    /// <exception cref="SocketException">The port cannot be bound.</exception>
    protected BoundSocket(SocketType type, string address, int port, Action<string>? log)
    {
        Type = type;
        _log = log ?? (_ => { });
        var ip = address is "*" or "" ? IPAddress.Any : IPAddress.Parse(address);
        _listener = new TcpListener(ip, port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = Task.Run(AcceptLoopAsync);
    }

    /// <summary>This socket's type.</summary>
    public SocketType Type { get; }

    /// <summary>The bound port.</summary>
    public int Port { get; }

    /// <summary>Stops accepting, closes every peer and waits for their loops to end.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var connection in _readers.Keys) await connection.DisposeAsync();
        try
        {
            await Task.WhenAll(_readers.Values.Append(_accepting));
        }
        catch (Exception)
        {
            // Loops end with their connections; how does not matter once the socket is closed.
        }

        OnClosed();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A peer completed its handshake.</summary>
    private protected virtual void OnConnected(Peer peer)
    {
    }

    /// <summary>A peer sent a message.</summary>
    private protected abstract ValueTask OnMessageAsync(Peer peer, byte[][] message, CancellationToken cancellationToken);

    /// <summary>A peer sent a command other than PING (SUBSCRIBE, CANCEL).</summary>
    private protected virtual void OnCommand(Peer peer, Command command)
    {
    }

    /// <summary>A peer went away.</summary>
    private protected virtual void OnDisconnected(Peer peer)
    {
    }

    /// <summary>The socket closed; nothing more will arrive.</summary>
    private protected virtual void OnClosed()
    {
    }

    /// <summary>Reports a protocol problem.</summary>
    private protected void Log(string message) => _log($"zmtp {SocketTypes.WireName(Type)} :{Port}: {message}");

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            client.NoDelay = true;
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        ZmtpConnection connection;
        try
        {
            connection = await ZmtpConnection.OpenAsync(client.GetStream(), Type, cancellationToken: _stop.Token);
        }
        catch (Exception e) when (e is ZmtpException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            if (e is ZmtpException) Log($"handshake refused: {e.Message}");
            client.Dispose();
            return;
        }

        var routingId = connection.PeerIdentity.Length > 0 ? connection.PeerIdentity : NewRoutingId();
        var peer = new Peer(connection, routingId);
        var reader = ReadLoopAsync(peer);
        _readers[connection] = reader;
        await reader;
        _readers.TryRemove(connection, out _);
    }

    private async Task ReadLoopAsync(Peer peer)
    {
        OnConnected(peer);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var message = await peer.Connection.ReceiveAsync(command => OnCommand(peer, command), _stop.Token);
                if (message is null) break;
                await OnMessageAsync(peer, message, _stop.Token);
            }
        }
        catch (ZmtpException e)
        {
            Log($"peer disconnected: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            // The socket is closing.
        }
        finally
        {
            OnDisconnected(peer);
            await peer.Connection.DisposeAsync();
        }
    }

    /// <summary>A routing id for a peer that sent no identity: a zero byte and a 4-byte counter, as libzmq makes them.</summary>
    private byte[] NewRoutingId()
    {
        var n = Interlocked.Increment(ref _nextRoutingId);
        return [0, (byte)(n >> 24), (byte)(n >> 16), (byte)(n >> 8), (byte)n];
    }
}
