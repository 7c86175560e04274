using System.Net.Sockets;
using System.Text;

namespace Clawdemy.Notebooks.Zmtp.Tests;

/// <summary>Peers that are not well-behaved ZMTP 3 peers are dropped without harming the others; a 3.0 peer's subscription frames count.</summary>
public sealed class BadPeerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static byte[] Greeting(byte minor) =>
        [0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0x7F, 3, minor, .. "NULL"u8, .. new byte[16], 0, .. new byte[31]];

    private static byte[] Ready(string socketType)
    {
        var name = Encoding.ASCII.GetBytes("Socket-Type");
        var value = Encoding.ASCII.GetBytes(socketType);
        byte[] body = [5, .. "READY"u8, (byte)name.Length, .. name, 0, 0, 0, (byte)value.Length, .. value];
        return [0x04, (byte)body.Length, .. body];
    }

    private static async Task<NetworkStream> HandshakeAsync(int port, byte minor, string socketType, CancellationToken token)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, token);
        var stream = client.GetStream();
        await stream.WriteAsync(Greeting(minor), token);
        await stream.WriteAsync(Ready(socketType), token);
        var greeting = new byte[64];
        await stream.ReadExactlyAsync(greeting, token);
        Assert.Equal(0xFF, greeting[0]);
        Assert.Equal(3, greeting[10]);
        var header = new byte[2];
        await stream.ReadExactlyAsync(header, token);
        Assert.Equal(0x04, header[0]);
        await stream.ReadExactlyAsync(new byte[header[1]], token);
        return stream;
    }

    private static async Task<bool> ClosedAsync(NetworkStream stream, CancellationToken token)
    {
        try
        {
            var buffer = new byte[256];
            while (true)
            {
                if (await stream.ReadAsync(buffer, token) == 0) return true;
            }
        }
        catch (IOException)
        {
            return true;
        }
    }

    [Fact]
    public async Task A_connection_that_reached_itself_is_refused_as_if_nothing_listened_so_the_caller_tries_again()
    {
        // What a retried connect to a kernel port that is not bound yet can meet on Linux: the connect takes that very
        // port as its own and connects to itself. Binding the port first and connecting to it does so every time.
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var client = new TcpClient();
        client.Client.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port));
        using var timeout = new CancellationTokenSource(Wait);
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        Assert.Equal(client.Client.LocalEndPoint, client.Client.RemoteEndPoint);

        var refused = await Assert.ThrowsAsync<SocketException>(() => ConnectedSocket.OpenAsync(client, SocketType.Dealer, null, timeout.Token));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public async Task A_subscriber_speaking_zmtp_3_0_subscribes_with_a_data_frame()
    {
        await using var publisher = new PublisherSocket("127.0.0.1", 0);
        using var timeout = new CancellationTokenSource(Wait);
        await using var stream = await HandshakeAsync(publisher.Port, minor: 0, "SUB", timeout.Token);
        await stream.WriteAsync(new byte[] { 0x00, 2, 0x01, (byte)'a' }, timeout.Token);
        var header = new byte[2];
        var read = Task.Run(async () => { await stream.ReadExactlyAsync(header, timeout.Token); return header; });
        while (!read.IsCompleted && !timeout.IsCancellationRequested)
        {
            publisher.Send([Encoding.ASCII.GetBytes("b-topic")]);
            publisher.Send([Encoding.ASCII.GetBytes("a-topic")]);
            await Task.Delay(20, CancellationToken.None);
        }

        await read;
        var body = new byte[header[1]];
        await stream.ReadExactlyAsync(body, timeout.Token);
        Assert.Equal("a-topic", Encoding.ASCII.GetString(body));
    }

    [Fact]
    public async Task A_subscriber_speaking_zmtp_3_1_subscribes_with_a_command()
    {
        await using var publisher = new PublisherSocket("127.0.0.1", 0);
        await using var subscriber = await ConnectedSocket.ConnectAsync(SocketType.Sub, "127.0.0.1", publisher.Port);
        await subscriber.SubscribeAsync("a"u8.ToArray());
        using var timeout = new CancellationTokenSource(Wait);
        var receive = subscriber.ReceiveAsync(timeout.Token);
        while (!receive.IsCompleted && !timeout.IsCancellationRequested)
        {
            publisher.Send(["b-topic"u8.ToArray()]);
            publisher.Send(["a-topic"u8.ToArray()]);
            await Task.Delay(20, CancellationToken.None);
        }

        Assert.Equal("a-topic", Encoding.ASCII.GetString((await receive)![0]));
    }

    [Fact]
    public async Task A_peer_that_is_not_zmtp_is_dropped_and_the_next_peer_is_served()
    {
        var log = new List<string>();
        await using var router = new RouterSocket("127.0.0.1", 0, line => { lock (log) log.Add(line); });
        using var timeout = new CancellationTokenSource(Wait);
        using (var http = new TcpClient())
        {
            await http.ConnectAsync("127.0.0.1", router.Port, timeout.Token);
            await http.GetStream().WriteAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(), timeout.Token);
            Assert.True(await ClosedAsync(http.GetStream(), timeout.Token));
        }

        await using var dealer = await ConnectedSocket.ConnectAsync(SocketType.Dealer, "127.0.0.1", router.Port, "ok"u8.ToArray());
        await dealer.SendAsync(["still served"u8.ToArray()]);
        var message = await router.ReceiveAsync(timeout.Token);
        Assert.Equal("still served", Encoding.ASCII.GetString(message[1]));
        lock (log) Assert.Contains(log, l => l.Contains("handshake refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_peer_of_an_incompatible_type_is_refused()
    {
        await using var router = new RouterSocket("127.0.0.1", 0);
        using var timeout = new CancellationTokenSource(Wait);
        await Assert.ThrowsAsync<ZmtpException>(async () => await ConnectedSocket.ConnectAsync(SocketType.Sub, "127.0.0.1", router.Port, cancellationToken: timeout.Token));
    }

    [Fact]
    public async Task A_frame_over_the_size_limit_closes_that_connection()
    {
        await using var router = new RouterSocket("127.0.0.1", 0);
        using var timeout = new CancellationTokenSource(Wait);
        await using var stream = await HandshakeAsync(router.Port, minor: 1, "DEALER", timeout.Token);
        // A long frame announcing a terabyte: the connection is closed, nothing is allocated for it.
        await stream.WriteAsync(new byte[] { 0x02, 0, 0, 0x01, 0, 0, 0, 0, 0 }, timeout.Token);
        Assert.True(await ClosedAsync(stream, timeout.Token));
    }

    [Fact]
    public async Task A_frame_with_reserved_flag_bits_closes_that_connection()
    {
        await using var router = new RouterSocket("127.0.0.1", 0);
        using var timeout = new CancellationTokenSource(Wait);
        await using var stream = await HandshakeAsync(router.Port, minor: 1, "DEALER", timeout.Token);
        await stream.WriteAsync(new byte[] { 0x80, 1, 0x41 }, timeout.Token);
        Assert.True(await ClosedAsync(stream, timeout.Token));
    }
}
