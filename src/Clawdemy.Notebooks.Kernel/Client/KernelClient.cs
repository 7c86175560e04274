using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Zmtp;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>
/// A Jupyter client of one kernel, as jupyter_client's BlockingKernelClient is: shell and control as DEALER sockets,
/// iopub as a SUB socket subscribed to everything, every message signed and checked with the connection's key.
/// Incoming messages wait in bounded queues, so a kernel that floods iopub is slowed (and its publisher drops), never
/// the client's memory grown.
/// </summary>
public sealed class KernelClient : IAsyncDisposable
{
    private const int QueueLength = 1000;
    private readonly Session _session;
    private readonly ConnectedSocket _shell;
    private readonly ConnectedSocket _control;
    private readonly ConnectedSocket _iopub;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<JupyterMessage> _shellMessages = Channel.CreateBounded<JupyterMessage>(QueueLength);
    private readonly Channel<JupyterMessage> _iopubMessages = Channel.CreateBounded<JupyterMessage>(QueueLength);
    private readonly Task _readers;

    private KernelClient(Session session, ConnectedSocket shell, ConnectedSocket control, ConnectedSocket iopub)
    {
        _session = session;
        _shell = shell;
        _control = control;
        _iopub = iopub;
        _readers = Task.WhenAll(ReadAsync(shell, _shellMessages), ReadAsync(iopub, _iopubMessages), ReadAsync(control, null));
    }

    /// <summary>Shell replies (execute_reply, kernel_info_reply, …).</summary>
    public ChannelReader<JupyterMessage> ShellReplies => _shellMessages.Reader;

    /// <summary>What the kernel publishes: status, streams, displays, results, errors.</summary>
    public ChannelReader<JupyterMessage> Iopub => _iopubMessages.Reader;

    /// <summary>How often a connection is tried again while the kernel is still starting (its ports not yet bound), as ZeroMQ reconnects.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Connects to the kernel's shell, control and iopub ports, trying again until they are bound or <paramref name="cancellationToken"/> ends it.</summary>
    public static async Task<KernelClient> ConnectAsync(ConnectionInfo connection, CancellationToken cancellationToken)
    {
        var session = new Session(connection.Key, "clawdemy");
        var identity = Encoding.UTF8.GetBytes(session.Id);
        var iopub = await RetryAsync(() => ConnectedSocket.ConnectAsync(SocketType.Sub, connection.Ip, connection.IopubPort, cancellationToken: cancellationToken), cancellationToken);
        await iopub.SubscribeAsync([], cancellationToken);
        var shell = await RetryAsync(() => ConnectedSocket.ConnectAsync(SocketType.Dealer, connection.Ip, connection.ShellPort, identity, cancellationToken), cancellationToken);
        var control = await RetryAsync(() => ConnectedSocket.ConnectAsync(SocketType.Dealer, connection.Ip, connection.ControlPort, identity, cancellationToken), cancellationToken);
        return new KernelClient(session, shell, control, iopub);
    }

    private static async Task<ConnectedSocket> RetryAsync(Func<Task<ConnectedSocket>> connect, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await connect();
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Waits until the kernel answers kernel_info on shell and its iopub messages reach us (a subscription takes a
    /// moment to arrive, so kernel_info is asked again until one does), as jupyter_client's wait_for_ready does.
    /// </summary>
    public async Task WaitForReadyAsync(CancellationToken cancellationToken)
    {
        var replied = false;
        while (true)
        {
            await SendAsync(_shell, "kernel_info_request", [], cancellationToken);
            using var round = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            round.CancelAfter(TimeSpan.FromMilliseconds(250));
            try
            {
                while (!(replied && _iopubMessages.Reader.TryRead(out _)))
                {
                    if (!replied && _shellMessages.Reader.TryRead(out var reply) && reply.MsgType == "kernel_info_reply") replied = true;
                    else await Task.Delay(5, round.Token);
                }

                return;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Ask again.
            }
        }
    }

    /// <summary>Sends an execute_request; returns its msg_id, the parent id of everything it causes.</summary>
    public Task<string> ExecuteAsync(string code, bool allowStdin, bool stopOnError, CancellationToken cancellationToken) =>
        SendAsync(_shell, "execute_request", new JsonObject
        {
            ["code"] = code,
            ["silent"] = false,
            ["store_history"] = true,
            ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = allowStdin,
            ["stop_on_error"] = stopOnError,
        }, cancellationToken);

    /// <summary>Asks the kernel to interrupt the running cell (interrupt_request on control).</summary>
    public Task<string> InterruptAsync(CancellationToken cancellationToken) => SendAsync(_control, "interrupt_request", [], cancellationToken);

    /// <summary>Asks the kernel to shut down (shutdown_request on control).</summary>
    public Task<string> ShutdownAsync(CancellationToken cancellationToken) => SendAsync(_control, "shutdown_request", new JsonObject { ["restart"] = false }, cancellationToken);

    /// <summary>Closes the sockets.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _shell.DisposeAsync();
        await _control.DisposeAsync();
        await _iopub.DisposeAsync();
        try
        {
            await _readers.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // The readers end with their sockets.
        }

        _stop.Dispose();
    }

    private async Task<string> SendAsync(ConnectedSocket socket, string msgType, JsonObject content, CancellationToken cancellationToken)
    {
        var header = _session.Header(msgType);
        await socket.SendAsync(_session.Serialize(new JupyterMessage([], header, [], [], content, [])), cancellationToken);
        return (string)header["msg_id"]!;
    }

    private async Task ReadAsync(ConnectedSocket socket, Channel<JupyterMessage>? into)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var frames = await socket.ReceiveAsync(_stop.Token);
                if (frames is null) break;
                var message = _session.Deserialize(frames, out _);
                if (message is not null && into is not null) await into.Writer.WriteAsync(message, _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ZmtpException or IOException or ObjectDisposedException)
        {
            // Closed.
        }
        finally
        {
            into?.Writer.TryComplete();
        }
    }
}
