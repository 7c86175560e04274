using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Kernel.Transport;
using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// The five sockets of a connection file, bound: shell, control and stdin as ROUTER, iopub as PUB, heartbeat as REP.
/// NetMQ sockets are not thread-safe, so each is used on one thread only: shell, control, stdin and iopub on one poller
/// thread that moves their messages in and out (it never runs a request: the loops of <see cref="KernelBase"/> do), the
/// heartbeat on a thread of its own.
/// </summary>
internal sealed class KernelChannels : IAsyncDisposable
{
    /// <summary>
    /// How the kernel's one-line error starts when a port of the connection file cannot be bound (taken by another
    /// process, or an address not of this machine): the runner starts a kernel again, on fresh ports, when it reads it.
    /// </summary>
    public const string PortTaken = "cannot bind the";

    /// <summary>The name of the thread that owns shell, control, stdin and iopub.</summary>
    public const string ThreadName = "clawdemy kernel sockets";

    /// <summary>How long closing waits for messages already sent or published to be handed to their sockets.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromMilliseconds(500);

    private readonly NetMQPoller _poller;
    private readonly NetMqLease _lease;

    private KernelChannels(RouterChannel shell, RouterChannel control, RouterChannel stdin, PublisherChannel iopub, HeartbeatEcho heartbeat, NetMqLease lease)
    {
        Shell = shell;
        Control = control;
        Stdin = stdin;
        Iopub = iopub;
        Heartbeat = heartbeat;
        _lease = lease;
        _poller = new NetMQPoller();
        shell.AttachTo(_poller);
        control.AttachTo(_poller);
        stdin.AttachTo(_poller);
        iopub.AttachTo(_poller);
        _poller.RunAsync(ThreadName, isBackgroundThread: true);
        heartbeat.Start();
    }

    public RouterChannel Shell { get; }

    public RouterChannel Control { get; }

    public RouterChannel Stdin { get; }

    public PublisherChannel Iopub { get; }

    public HeartbeatEcho Heartbeat { get; }

    /// <summary>Binds every port of the connection file and starts moving messages.</summary>
    /// <param name="connection">The connection file's contents.</param>
    /// <param name="refuse">Why a message received on shell, control or stdin is refused (its signature), or null to keep it; see <see cref="PeerInbox"/>.</param>
    /// <param name="log">Where the sockets report what they dropped.</param>
    /// <exception cref="KernelStartException">A port cannot be bound (in use, or the address is not this machine's).</exception>
    public static KernelChannels Bind(ConnectionInfo connection, Func<IReadOnlyList<ReadOnlyMemory<byte>>, string?> refuse, Action<string> log)
    {
        var lease = NetMqLifetime.Acquire();
        var bound = new List<IDisposable>();
        var host = connection.Ip is "" ? "*" : connection.Ip;
        T Open<T>(string name, int port, Func<string, T> open)
            where T : IDisposable
        {
            try
            {
                var socket = open($"tcp://{host}:{port}");
                bound.Add(socket);
                return socket;
            }
            catch (Exception e) when (e is NetMQException or System.Net.Sockets.SocketException or FormatException or ArgumentException)
            {
                foreach (var socket in bound) socket.Dispose();
                lease.Dispose();
                throw new KernelStartException($"{PortTaken} {name} port {connection.Ip}:{port}: {e.Message}");
            }
        }

        var heartbeat = Open("heartbeat", connection.HeartbeatPort, endpoint => new HeartbeatEcho(endpoint));
        var iopub = Open("iopub", connection.IopubPort, endpoint => new PublisherChannel(endpoint));
        var control = Open("control", connection.ControlPort, endpoint => new RouterChannel(endpoint, "control", refuse, log));
        var stdin = Open("stdin", connection.StdinPort, endpoint => new RouterChannel(endpoint, "stdin", refuse, log));
        var shell = Open("shell", connection.ShellPort, endpoint => new RouterChannel(endpoint, "shell", refuse, log));
        return new KernelChannels(shell, control, stdin, iopub, heartbeat, lease);
    }

    /// <summary>
    /// Lets what was already sent reach the sockets (up to <see cref="DrainTimeout"/>), stops the threads, closes the
    /// sockets, and cleans NetMQ up when nothing else in the process uses it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var deadline = DateTime.UtcNow + DrainTimeout;
        while (!(Shell.Drained && Control.Drained && Stdin.Drained && Iopub.Drained) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), CancellationToken.None);
        }

        _poller.Dispose();
        Heartbeat.Dispose();
        Shell.Dispose();
        Control.Dispose();
        Stdin.Dispose();
        Iopub.Dispose();
        _lease.Dispose();
    }
}
