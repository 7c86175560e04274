using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Kernel.Transport;
using NetMQ;
using NetMQ.Sockets;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>
/// A Jupyter client of one kernel, as jupyter_client's BlockingKernelClient is: shell and control as DEALER sockets,
/// iopub as a SUB socket subscribed to everything, every message signed and checked with the connection's key.
/// NetMQ sockets are not thread-safe: the three are used on one poller thread of the client's own, which reads them
/// and sends what the callers hand it. Incoming messages wait in bounded queues, so a kernel that floods iopub is
/// slowed (and its publisher drops), never the client's memory grown.
/// </summary>
public sealed class KernelClient : IAsyncDisposable
{
    /// <summary>The name of the client's poller thread.</summary>
    public const string ThreadName = "clawdemy kernel client";

    private const int QueueLength = 1000;
    private readonly Session _session;
    private readonly NetMqLease _lease;
    private readonly DealerSocket _shell;
    private readonly DealerSocket _control;
    private readonly SubscriberSocket _iopub;
    private readonly NetMQQueue<PendingSend> _outgoing = new();
    private readonly NetMQPoller _poller;
    private readonly Lock _gate = new();
    private readonly Channel<JupyterMessage> _shellMessages = Channel.CreateBounded<JupyterMessage>(QueueLength);
    private readonly Channel<JupyterMessage> _iopubMessages = Channel.CreateBounded<JupyterMessage>(QueueLength);
    private bool _closed;

    private KernelClient(Session session, NetMqLease lease, DealerSocket shell, DealerSocket control, SubscriberSocket iopub)
    {
        _session = session;
        _lease = lease;
        _shell = shell;
        _control = control;
        _iopub = iopub;
        _poller = new NetMQPoller { shell, control, iopub, _outgoing };
        _ = new SocketInbox<JupyterMessage>(shell, _poller, Read, _shellMessages.Writer);
        _ = new SocketInbox<JupyterMessage>(iopub, _poller, Read, _iopubMessages.Writer);
        _ = new SocketInbox<JupyterMessage>(control, _poller, Read, null);
        _outgoing.ReceiveReady += OnOutgoing;
        _poller.RunAsync(ThreadName, isBackgroundThread: true);
    }

    /// <summary>Shell replies (execute_reply, kernel_info_reply, …).</summary>
    public ChannelReader<JupyterMessage> ShellReplies => _shellMessages.Reader;

    /// <summary>What the kernel publishes: status, streams, displays, results, errors.</summary>
    public ChannelReader<JupyterMessage> Iopub => _iopubMessages.Reader;

    /// <summary>How often a connection is tried again while the kernel is still starting (its ports not yet bound): ZeroMQ's reconnect interval.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Connects to the kernel's shell, control and iopub ports. ZeroMQ connects in the background and tries again every
    /// <see cref="RetryInterval"/> until the kernel has bound them; what is sent meanwhile waits to be delivered.
    /// </summary>
    public static Task<KernelClient> ConnectAsync(ConnectionInfo connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var session = new Session(connection.Key, "clawdemy");
        var identity = Encoding.UTF8.GetBytes(session.Id);
        var lease = NetMqLifetime.Acquire();
        var opened = new List<NetMQSocket>();
        try
        {
            T Open<T>(T socket, int port)
                where T : NetMQSocket
            {
                opened.Add(SocketLimits.Apply(socket, SocketLimits.MaxOutputFrameBytes));
                socket.Options.ReconnectInterval = RetryInterval;
                if (socket is DealerSocket) socket.Options.Identity = identity;
                socket.Connect($"tcp://{connection.Ip}:{port}");
                return socket;
            }

            var iopub = Open(new SubscriberSocket(), connection.IopubPort);
            iopub.SubscribeToAnyTopic();
            var shell = Open(new DealerSocket(), connection.ShellPort);
            var control = Open(new DealerSocket(), connection.ControlPort);
            return Task.FromResult(new KernelClient(session, lease, shell, control, iopub));
        }
        catch
        {
            foreach (var socket in opened) socket.Dispose();
            lease.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits until the kernel answers kernel_info on shell and its iopub messages reach us (a subscription takes a
    /// moment to arrive, so kernel_info is asked again until one does), as jupyter_client's wait_for_ready does. The
    /// first request waits in the DEALER's queue until the kernel has bound its shell port, so it is asked only once
    /// before its reply.
    /// </summary>
    public async Task WaitForReadyAsync(CancellationToken cancellationToken)
    {
        var replied = false;
        var asked = false;
        while (true)
        {
            if (!asked || replied) await SendAsync(_shell, "kernel_info_request", [], cancellationToken);
            asked = true;
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

    /// <summary>Stops the poller thread and closes the sockets; what was not sent yet is dropped, and the queues end.</summary>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_closed) return ValueTask.CompletedTask;
            _closed = true;
        }

        _poller.Dispose();
        while (_outgoing.TryDequeue(out var dropped, TimeSpan.Zero)) dropped.Sent.TrySetResult();
        _outgoing.Dispose();
        _shell.Dispose();
        _control.Dispose();
        _iopub.Dispose();
        _shellMessages.Writer.TryComplete();
        _iopubMessages.Writer.TryComplete();
        _lease.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string> SendAsync(NetMQSocket socket, string msgType, JsonObject content, CancellationToken cancellationToken)
    {
        var header = _session.Header(msgType);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            // A closed client drops what is sent to it, as a closed ZeroMQ socket does.
            if (_closed) sent.TrySetResult();
            else _outgoing.Enqueue(new PendingSend(socket, _session.Serialize(new JupyterMessage([], header, [], [], content, [])), sent));
        }

        await sent.Task.WaitAsync(cancellationToken);
        return (string)header["msg_id"]!;
    }

    /// <summary>On the poller thread: gives each message handed over to its socket, without waiting.</summary>
    private void OnOutgoing(object? sender, NetMQQueueEventArgs<PendingSend> e)
    {
        while (_outgoing.TryDequeue(out var message, TimeSpan.Zero))
        {
            if (message.Socket.TrySendMultipartBytes(message.Frames)) message.Sent.TrySetResult();
            else message.Sent.TrySetException(new IOException($"the kernel is not reading: {SocketLimits.HighWatermark} messages wait to be sent to it"));
        }
    }

    /// <summary>A message's frames as a message, or null when its signature (or its shape) is refused.</summary>
    private JupyterMessage? Read(byte[][] frames) => _session.Deserialize(frames, out _);
}
