using Clawdemy.Notebooks.Kernel.Transport;
using NetMQ;
using NetMQ.Sockets;

namespace Clawdemy.Notebooks.Kernel.Tests.Transport;

/// <summary>NetMQ's context, cleaned up when the last lease ends and made anew for the next one.</summary>
[Collection(NetMqContextCollection.Name)]
public sealed class NetMqLifetimeTests
{
    /// <summary>How long a socket waits for its peer before the test fails.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Work items queued past the pool's threads: it adds about one thread every half second when starved, so these keep
    /// it starved for several seconds, past both of the lifetime's one-second waits.
    /// </summary>
    private const int QueuedPastThePool = 16;

    [Fact]
    public void A_lease_taken_as_the_last_one_ends_gets_sockets_that_deliver_even_while_the_thread_pool_is_starved()
    {
        using var gate = new ManualResetEventSlim();
        var blockers = ThreadPool.ThreadCount + QueuedPastThePool;
        for (var i = 0; i < blockers; i++) ThreadPool.UnsafeQueueUserWorkItem(_ => gate.Wait(), null);
        string? received = null;
        Exception? failure = null;
        try
        {
            // On a thread outside the pool, as a client's dispose and the next start are in the CLI: a pool thread would run
            // a cleanup it queued itself while it waits for it.
            var scenario = new Thread(() =>
            {
                try
                {
                    var last = NetMqLifetime.Acquire();
                    Assert.Equal(1, NetMqLifetime.Leases);
                    using (new PairSocket()) { }
                    last.Dispose();

                    using var next = NetMqLifetime.Acquire();
                    using var server = new PairSocket();
                    using var client = new PairSocket();
                    server.Bind("inproc://netmq-lifetime-test");
                    client.Connect("inproc://netmq-lifetime-test");
                    gate.Set(); // the pool runs again: a cleanup still queued there would run now
                    Thread.Sleep(TimeSpan.FromMilliseconds(500));
                    Assert.True(client.TrySendFrame(Wait, "hello"), "the client could not send");
                    Assert.True(server.TryReceiveFrameString(Wait, out received), "the server received nothing");
                }
                catch (Exception e)
                {
                    failure = e;
                }
            });
            scenario.Start();
            Assert.True(scenario.Join(TimeSpan.FromSeconds(60)), "the scenario hung");
        }
        finally
        {
            gate.Set();
        }

        Assert.Null(failure);
        Assert.Equal("hello", received);
    }
}
