using System.Net;
using System.Net.Sockets;
using System.Text;
using Clawdemy.Notebooks.Kernel.Client;
using Clawdemy.Notebooks.Kernel.Hosting;
using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Kernel.Transport;
using NetMQ;
using NetMQ.Sockets;

namespace Clawdemy.Notebooks.Kernel.Tests.Hosting;

/// <summary>The kernel's five sockets on NetMQ, driven by plain NetMQ peers: what the Jupyter tests rely on, one piece at a time.</summary>
public sealed class KernelChannelsTests
{
    /// <summary>How long a peer waits for an answer before the test fails (a hang is a failure, not a stuck suite).</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_heartbeat_echoes_the_router_routes_replies_to_their_sender_and_iopub_reaches_a_subscriber()
    {
        var connection = FreshConnection();
        using var lease = NetMqLifetime.Acquire(); // the peers below are sockets of this process too
        try
        {
            await using var channels = KernelChannels.Bind(connection, _ => null, _ => { });
            using var ping = Peer(new RequestSocket(), connection.HeartbeatPort);
            ping.SendFrame("ping");
            Assert.True(ping.TryReceiveFrameString(Wait, out var pong));
            Assert.Equal("ping", pong);

            using var front = new DealerSocket();
            front.Options.Identity = "front"u8.ToArray();
            Peer(front, connection.ShellPort).SendMultipartBytes("a"u8.ToArray(), "b"u8.ToArray());
            using var received = new CancellationTokenSource(Wait);
            var request = await channels.Shell.ReceiveAsync(received.Token);
            Assert.Equal(["front", "a", "b"], request.Select(f => Encoding.UTF8.GetString(f)));
            await channels.Shell.SendAsync([request[0], "reply"u8.ToArray()]);
            List<byte[]> reply = [];
            Assert.True(front.TryReceiveMultipartBytes(Wait, ref reply));
            Assert.Equal("reply", Encoding.UTF8.GetString(Assert.Single(reply)));

            // A subscription takes a moment to reach the publisher: publish until one message arrives, as a client's kernel_info does.
            using var listener = Peer(new SubscriberSocket(), connection.IopubPort);
            listener.SubscribeToAnyTopic();
            var deadline = DateTime.UtcNow + Wait;
            string? topic = null;
            while (topic is null && DateTime.UtcNow < deadline)
            {
                channels.Iopub.Send(["kernel.status"u8.ToArray(), "{}"u8.ToArray()]);
                if (listener.TryReceiveFrameString(TimeSpan.FromMilliseconds(50), out var first)) topic = first;
            }

            Assert.Equal("kernel.status", topic);
        }
        finally
        {
            LoopbackPorts.Release(connection.Ports);
        }
    }

    [Fact]
    public void A_port_taken_by_another_program_is_the_PortTaken_error_and_the_ports_bound_before_it_are_let_go()
    {
        var connection = FreshConnection();
        var taken = new TcpListener(IPAddress.Loopback, connection.ShellPort);
        taken.Start();
        try
        {
            var e = Assert.Throws<KernelStartException>(() => KernelChannels.Bind(connection, _ => null, _ => { }));
            Assert.StartsWith($"{KernelChannels.PortTaken} shell port 127.0.0.1:{connection.ShellPort}: ", e.Message);

            // Shell is bound last: the four bound before it were closed, so another kernel may have them. NetMQ closes a
            // listener on its own I/O thread, so each port is given up to ReleaseWait to come free.
            foreach (var port in new[] { connection.HeartbeatPort, connection.IopubPort, connection.ControlPort, connection.StdinPort })
            {
                Assert.True(BindsWithin(port, ReleaseWait), $"port {port} was still taken {ReleaseWait.TotalSeconds} s after the failed start");
            }
        }
        finally
        {
            taken.Stop();
            LoopbackPorts.Release(connection.Ports);
        }
    }

    /// <summary>How long a port the kernel closed may take to come free: NetMQ closes listeners asynchronously.</summary>
    private static readonly TimeSpan ReleaseWait = TimeSpan.FromSeconds(5);

    private static bool BindsWithin(int port, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                var again = new TcpListener(IPAddress.Loopback, port);
                again.Start();
                again.Stop();
                return true;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }

    private static ConnectionInfo FreshConnection()
    {
        var ports = LoopbackPorts.Reserve(5);
        return new ConnectionInfo("127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], "a-key");
    }

    private static T Peer<T>(T socket, int port)
        where T : NetMQSocket
    {
        socket.Options.Linger = TimeSpan.Zero;
        socket.Connect($"tcp://127.0.0.1:{port}");
        return socket;
    }
}
