using System.Net.Sockets;

namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// A socket that connects to one bound peer (a kernel's port): DEALER to talk to a ROUTER, SUB to listen to a PUB.
/// It does not reconnect; a client that started the kernel watches the kernel's process instead.
/// </summary>
public sealed class ConnectedSocket : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly ZmtpConnection _connection;

    private ConnectedSocket(TcpClient client, ZmtpConnection connection)
    {
        _client = client;
        _connection = connection;
    }

    /// <summary>This socket's type.</summary>
    public SocketType Type { get; private init; }

    /// <summary>Connects and handshakes as a <paramref name="type"/> socket (Dealer, Sub or Req).</summary>
    /// <param name="type">This side's socket type.</param>
    /// <param name="host">The peer's address.</param>
    /// <param name="port">The peer's port.</param>
    /// <param name="identity">The identity a ROUTER peer will know this socket by, or null.</param>
    /// <param name="cancellationToken">Cancels the connection attempt.</param>
    /// <exception cref="SocketException">Nothing listens there (or the connection reached itself: see <see cref="OpenAsync"/>).</exception>
    /// <exception cref="ZmtpException">The peer is not a compatible ZMTP 3 socket.</exception>
    public static async Task<ConnectedSocket> ConnectAsync(SocketType type, string host, int port, byte[]? identity = null, CancellationToken cancellationToken = default)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, cancellationToken);
            return await OpenAsync(client, type, identity, cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Handshakes on a connected TCP client. A connection whose two ends are the same address and port reached no
    /// peer: Linux lets a connect to a loopback port that nothing listens on yet pick that very port as its own and
    /// connect to itself (TCP's simultaneous open), which a client retrying until a kernel binds its ports meets now
    /// and then. It is refused as nothing listening there would be, so the caller tries again.
    /// </summary>
    /// <exception cref="SocketException">The connection is to itself.</exception>
    internal static async Task<ConnectedSocket> OpenAsync(TcpClient client, SocketType type, byte[]? identity, CancellationToken cancellationToken)
    {
        if (Equals(client.Client.LocalEndPoint, client.Client.RemoteEndPoint)) throw new SocketException((int)SocketError.ConnectionRefused);
        var connection = await ZmtpConnection.OpenAsync(client.GetStream(), type, identity, cancellationToken: cancellationToken);
        return new ConnectedSocket(client, connection) { Type = type };
    }

    /// <summary>Subscribes a SUB socket to messages whose first frame starts with <paramref name="prefix"/> (empty: everything).</summary>
    public ValueTask SubscribeAsync(byte[] prefix, CancellationToken cancellationToken = default)
    {
        if (Type != SocketType.Sub) throw new InvalidOperationException("only a SUB socket subscribes");
        return _connection.PeerMinor >= 1
            ? _connection.SendCommandAsync(new Command(Command.Subscribe, prefix), cancellationToken)
            : _connection.SendAsync([[1, .. prefix]], cancellationToken);
    }

    /// <summary>Sends a message (its frames).</summary>
    public ValueTask SendAsync(IReadOnlyList<byte[]> message, CancellationToken cancellationToken = default) => _connection.SendAsync(message, cancellationToken);

    /// <summary>Receives the next message; null when the peer closed the connection.</summary>
    public Task<byte[][]?> ReceiveAsync(CancellationToken cancellationToken = default) => _connection.ReceiveAsync(null, cancellationToken);

    /// <summary>Closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _client.Dispose();
    }
}
