using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Zmtp;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>The five sockets of a connection file, bound: shell, control and stdin as ROUTER, iopub as PUB, heartbeat as REP.</summary>
internal sealed class KernelChannels : IAsyncDisposable
{
    private KernelChannels(RouterSocket shell, RouterSocket control, RouterSocket stdin, PublisherSocket iopub, ReplySocket heartbeat)
    {
        Shell = shell;
        Control = control;
        Stdin = stdin;
        Iopub = iopub;
        Heartbeat = heartbeat;
    }

    /// <summary>
    /// How the kernel's one-line error starts when a port of the connection file cannot be bound (taken by another
    /// process, or an address not of this machine): the runner starts a kernel again, on fresh ports, when it reads it.
    /// </summary>
    public const string PortTaken = "cannot bind the";

    public RouterSocket Shell { get; }

    public RouterSocket Control { get; }

    public RouterSocket Stdin { get; }

    public PublisherSocket Iopub { get; }

    public ReplySocket Heartbeat { get; }

    /// <summary>Binds every port of the connection file.</summary>
    /// <exception cref="KernelStartException">A port cannot be bound (in use, or the address is not this machine's).</exception>
    public static KernelChannels Bind(ConnectionInfo connection, Action<string> log)
    {
        var bound = new List<IAsyncDisposable>();
        T Open<T>(string name, int port, Func<string, int, Action<string>, T> open)
            where T : IAsyncDisposable
        {
            try
            {
                var socket = open(connection.Ip, port, log);
                bound.Add(socket);
                return socket;
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or FormatException)
            {
                foreach (var socket in bound) socket.DisposeAsync().AsTask().GetAwaiter().GetResult();
                throw new KernelStartException($"{PortTaken} {name} port {connection.Ip}:{port}: {e.Message}");
            }
        }

        var heartbeat = Open("heartbeat", connection.HeartbeatPort, (ip, port, l) => new ReplySocket(ip, port, l));
        var iopub = Open("iopub", connection.IopubPort, (ip, port, l) => new PublisherSocket(ip, port, l));
        var control = Open("control", connection.ControlPort, (ip, port, l) => new RouterSocket(ip, port, l));
        var stdin = Open("stdin", connection.StdinPort, (ip, port, l) => new RouterSocket(ip, port, l));
        var shell = Open("shell", connection.ShellPort, (ip, port, l) => new RouterSocket(ip, port, l));
        return new KernelChannels(shell, control, stdin, iopub, heartbeat);
    }

    public async ValueTask DisposeAsync()
    {
        await Shell.DisposeAsync();
        await Control.DisposeAsync();
        await Stdin.DisposeAsync();
        await Iopub.DisposeAsync();
        await Heartbeat.DisposeAsync();
    }
}
