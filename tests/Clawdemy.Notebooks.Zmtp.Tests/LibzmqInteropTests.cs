using System.Text;

namespace Clawdemy.Notebooks.Zmtp.Tests;

/// <summary>Each socket role against a real libzmq 4.3 peer (pyzmq), as jupyter_client and VS Code are.</summary>
public sealed class LibzmqInteropTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static byte[] B(string text) => Encoding.UTF8.GetBytes(text);

    private static string S(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [Fact]
    public async Task A_router_receives_a_pyzmq_dealer_message_under_its_identity_and_routes_the_reply_back()
    {
        await using var router = new RouterSocket("127.0.0.1", 0);
        using var peer = PyZmqPeer.Start("""
            s = ctx.socket(zmq.DEALER); s.identity = b"learner"; s.connect(f"tcp://127.0.0.1:{port}")
            s.send_multipart([b"weighted", b"sum"])
            print(b"|".join(s.recv_multipart()).decode())
            """, router.Port);
        using var timeout = new CancellationTokenSource(Wait);
        var message = await router.ReceiveAsync(timeout.Token);
        Assert.Equal(["learner", "weighted", "sum"], message.Select(S));
        await router.SendAsync([message[0], B("plus"), B("bias")], timeout.Token);
        Assert.Equal("plus|bias", await peer.OutputAsync());
    }

    [Fact]
    public async Task A_router_carries_a_frame_of_a_megabyte_both_ways()
    {
        await using var router = new RouterSocket("127.0.0.1", 0);
        using var peer = PyZmqPeer.Start("""
            s = ctx.socket(zmq.DEALER); s.connect(f"tcp://127.0.0.1:{port}")
            s.send(bytes(range(256)) * 4096)
            reply = s.recv()
            print(len(reply), reply == bytes(reversed(range(256))) * 4096)
            """, router.Port);
        using var timeout = new CancellationTokenSource(Wait);
        var message = await router.ReceiveAsync(timeout.Token);
        Assert.Equal(1024 * 1024, message[1].Length);
        await router.SendAsync([message[0], message[1].Reverse().ToArray()], timeout.Token);
        Assert.Equal("1048576 True", await peer.OutputAsync());
    }

    [Fact]
    public async Task A_publisher_sends_a_pyzmq_subscriber_only_the_topics_it_subscribed_to()
    {
        await using var publisher = new PublisherSocket("127.0.0.1", 0);
        using var peer = PyZmqPeer.Start("""
            s = ctx.socket(zmq.SUB); s.setsockopt(zmq.SUBSCRIBE, b"kernel."); s.connect(f"tcp://127.0.0.1:{port}")
            got = [s.recv_multipart() for _ in range(3)]
            print(",".join(b"/".join(m).decode() for m in got))
            """, publisher.Port);
        // A subscriber joins late (its subscription arrives after it connects): publish until it has heard three.
        var sent = 0;
        var output = Task.Run(peer.OutputAsync);
        while (!output.IsCompleted && sent < 2000)
        {
            publisher.Send([B("other.topic"), B("dropped")]);
            publisher.Send([B("kernel.status"), B("idle")]);
            sent++;
            await Task.Delay(10);
        }

        Assert.Equal("kernel.status/idle,kernel.status/idle,kernel.status/idle", await output);
    }

    [Fact]
    public async Task A_reply_socket_echoes_a_pyzmq_heartbeat_request()
    {
        await using var heartbeat = new ReplySocket("127.0.0.1", 0);
        using var stop = new CancellationTokenSource(Wait);
        var echo = heartbeat.EchoAsync(stop.Token);
        using var peer = PyZmqPeer.Start("""
            s = ctx.socket(zmq.REQ); s.connect(f"tcp://127.0.0.1:{port}")
            for word in (b"ping", b"still here"):
                s.send(word); print(s.recv().decode())
            """, heartbeat.Port);
        Assert.Equal("ping\nstill here", (await peer.OutputAsync()).Replace("\r", ""));
    }

    [Fact]
    public async Task A_connected_dealer_talks_to_a_pyzmq_router()
    {
        using var peer = PyZmqPeer.Start("""
            s = ctx.socket(zmq.ROUTER); port = s.bind_to_random_port("tcp://127.0.0.1"); print(port, flush=True)
            ident, *body = s.recv_multipart()
            s.send_multipart([ident, ident, *body])
            """);
        var port = await ReadPortAsync(peer);
        await using var dealer = await ConnectedSocket.ConnectAsync(SocketType.Dealer, "127.0.0.1", port, B("client-7"));
        await dealer.SendAsync([B("squish")]);
        using var timeout = new CancellationTokenSource(Wait);
        var reply = await dealer.ReceiveAsync(timeout.Token);
        Assert.Equal(["client-7", "squish"], reply!.Select(S));
    }

    [Fact]
    public async Task A_connected_subscriber_hears_a_pyzmq_publisher_through_a_subscribe_command()
    {
        using var peer = PyZmqPeer.Start("""
            import time
            s = ctx.socket(zmq.PUB); port = s.bind_to_random_port("tcp://127.0.0.1"); print(port, flush=True)
            for _ in range(500):
                s.send_multipart([b"skip", b"no"]); s.send_multipart([b"iopub.stream", b"yes"]); time.sleep(0.01)
            """);
        var port = await ReadPortAsync(peer);
        await using var sub = await ConnectedSocket.ConnectAsync(SocketType.Sub, "127.0.0.1", port);
        await sub.SubscribeAsync(B("iopub."));
        using var timeout = new CancellationTokenSource(Wait);
        var message = await sub.ReceiveAsync(timeout.Token);
        Assert.Equal(["iopub.stream", "yes"], message!.Select(S));
    }

    private static async Task<int> ReadPortAsync(PyZmqPeer peer) => int.Parse(await peer.ReadLineAsync(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_socket_closes_cleanly_while_its_peers_are_still_connected()
    {
        // Closing the socket and the end of each peer's read loop both close a connection; twice must be harmless.
        for (var round = 0; round < 20; round++)
        {
            var router = new RouterSocket("127.0.0.1", 0);
            await using var dealer = await ConnectedSocket.ConnectAsync(SocketType.Dealer, "127.0.0.1", router.Port, B($"peer-{round}"));
            await dealer.SendAsync([B("hello")]);
            using var timeout = new CancellationTokenSource(Wait);
            await router.ReceiveAsync(timeout.Token);
            await router.DisposeAsync();
        }
    }
}
