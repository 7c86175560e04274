using System.Text.Json.Nodes;
using System.Threading.Channels;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Kernel.Transport;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// The protocol half of a Jupyter kernel (ipykernel's <c>kernelbase.py</c>): it owns the channels, reads shell and
/// control in two loops, checks each message's signature, publishes status busy and idle around every request, and
/// hands each message type to its handler. A language kernel derives from it and answers execute, complete, inspect
/// and is_complete; everything else (kernel_info, history, comm_info, shutdown, unknown types) is answered here.
/// </summary>
public abstract class KernelBase
{
    private readonly ConnectionInfo _connection;
    private readonly Session _session;
    private readonly History _history = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly Dictionary<string, Func<JupyterMessage, RouterChannel, Task>> _handlers;
    private KernelChannels? _channels;
    private int _executionCount;
    private bool _restart;
    private List<byte[][]>? _queuedAtError; // the shell requests that had arrived when a cell failed with stop_on_error
    private volatile RunningCell? _running; // read by the control loop (interrupt), set by the shell loop

    /// <summary>Creates a kernel for a connection file; nothing is bound until <see cref="RunAsync"/>.</summary>
    /// <param name="connection">The connection file's contents.</param>
    /// <param name="log">Where the kernel reports problems (stderr, never stdout).</param>
    protected KernelBase(ConnectionInfo connection, Action<string> log)
    {
        _connection = connection;
        Log = log;
        _session = new Session(connection.Key);
        _handlers = new Dictionary<string, Func<JupyterMessage, RouterChannel, Task>>
        {
            ["kernel_info_request"] = OnKernelInfoAsync,
            ["execute_request"] = OnExecuteAsync,
            ["complete_request"] = async (m, s) => await ReplyAsync(s, m, "complete_reply", await CompleteAsync(m.Text("code"), m.Number("cursor_pos", m.Text("code").Length))),
            ["inspect_request"] = async (m, s) => await ReplyAsync(s, m, "inspect_reply", await InspectAsync(m.Text("code"), m.Number("cursor_pos", m.Text("code").Length), m.Number("detail_level", 0))),
            ["is_complete_request"] = (m, s) => ReplyAsync(s, m, "is_complete_reply", IsComplete(m.Text("code"))),
            ["history_request"] = (m, s) => ReplyAsync(s, m, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = _history.Query(m) }),
            ["comm_info_request"] = (m, s) => ReplyAsync(s, m, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() }),
            ["interrupt_request"] = OnInterruptAsync,
            ["shutdown_request"] = OnShutdownAsync,
        };
    }

    /// <summary>Where problems are reported: the kernel's stderr.</summary>
    protected Action<string> Log { get; }

    /// <summary>The <c>language_info</c> of kernel_info_reply.</summary>
    protected abstract JsonObject LanguageInfo { get; }

    /// <summary>The banner of kernel_info_reply.</summary>
    protected abstract string Banner { get; }

    /// <summary>The implementation's name and version, for kernel_info_reply.</summary>
    protected abstract (string Name, string Version) Implementation { get; }

    /// <summary>How long an interrupted cell has to stop by itself before the kernel process is ended.</summary>
    public static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(1);

    /// <summary>Whether the kernel was ended because an interrupted cell would not stop (its process must exit: the cell's thread cannot be stopped).</summary>
    public bool EndedByInterrupt { get; private set; }

    /// <summary>Binds the connection file's ports and answers requests until a shutdown_request or <paramref name="cancellationToken"/>.</summary>
    /// <returns>True when a restart was asked for in the shutdown_request.</returns>
    /// <exception cref="KernelStartException">A port cannot be bound.</exception>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var channels = KernelChannels.Bind(_connection, _session.Refuse, Log);
        _channels = channels;
        if (!_connection.IsLoopback)
        {
            Log($"this kernel listens beyond this machine, on {(_connection.Ip is "" ? "every address" : _connection.Ip)} (ports {string.Join(", ", _connection.Ports)}): "
                + "whoever can reach them and knows the key can run code here; use ip 127.0.0.1 unless that is meant");
        }

        if (_connection.Key.Length == 0) Log("the connection file has no key: messages are not signed, so any process that reaches the ports can run code here");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
        Publish(null, "status", new JsonObject { ["execution_state"] = "starting" });
        var shell = ServeAsync(channels.Shell, isShell: true, stop.Token);
        var control = ServeAsync(channels.Control, isShell: false, stop.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Shut down or cancelled.
        }

        // Give the last reply and status a moment to leave before the sockets close.
        await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        return _restart;
    }

    /// <summary>
    /// Runs one execute_request's code; its outputs go to <paramref name="outputs"/> as they happen, its input requests
    /// to <paramref name="input"/> (null when the request did not allow stdin), and <paramref name="cancellationToken"/>
    /// is cancelled when the front end interrupts.
    /// </summary>
    protected abstract Task<CellResult> ExecuteAsync(string code, ICellOutputs outputs, ICellInput? input, CancellationToken cancellationToken);

    /// <summary>The content of a complete_reply; by default, no matches.</summary>
    protected virtual Task<JsonObject> CompleteAsync(string code, int cursorPos) => Task.FromResult(new JsonObject
    {
        ["status"] = "ok",
        ["matches"] = new JsonArray(),
        ["cursor_start"] = cursorPos,
        ["cursor_end"] = cursorPos,
        ["metadata"] = new JsonObject(),
    });

    /// <summary>The content of an inspect_reply; by default, nothing found.</summary>
    protected virtual Task<JsonObject> InspectAsync(string code, int cursorPos, int detailLevel) => Task.FromResult(new JsonObject
    {
        ["status"] = "ok",
        ["found"] = false,
        ["data"] = new JsonObject(),
        ["metadata"] = new JsonObject(),
    });

    /// <summary>The content of an is_complete_reply; by default, "unknown".</summary>
    protected virtual JsonObject IsComplete(string code) => new() { ["status"] = "unknown" };

    /// <summary>Publishes a message on iopub, as caused by <paramref name="parent"/>.</summary>
    private void Publish(JupyterMessage? parent, string msgType, JsonObject content)
    {
        if (_channels is null) return;
        var topic = System.Text.Encoding.UTF8.GetBytes($"kernel.{_session.Id}.{msgType}");
        var header = _session.Header(msgType);
        var message = new JupyterMessage([topic], header, parent?.Header.DeepClone().AsObject() ?? [], [], content, []);
        _channels.Iopub.Send(_session.Serialize(message));
    }

    private async Task ServeAsync(RouterChannel socket, bool isShell, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var frames = await socket.ReceiveAsync(cancellationToken);
                await ServeOneAsync(socket, frames);
                if (isShell && _queuedAtError is { } queuedAtError)
                {
                    _queuedAtError = null;
                    foreach (var queued in queuedAtError) await ServeOneAsync(socket, queued, abortExecute: true);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
            // The kernel is shutting down.
        }
    }

    /// <summary>
    /// Reads and answers one message (its signature was checked as it arrived); one that cannot be read is logged and
    /// dropped. Nothing a message holds ends the loop that serves its channel: what escapes a handler is logged.
    /// </summary>
    private async Task ServeOneAsync(RouterChannel socket, byte[][] frames, bool abortExecute = false)
    {
        var message = _session.Read(frames, out var problem);
        if (message is null)
        {
            Log(problem!);
            return;
        }

        try
        {
            if (abortExecute && message.MsgType == "execute_request") await AbortAsync(socket, message);
            else await DispatchAsync(socket, message);
        }
        catch (Exception e) when (e is not (OperationCanceledException or ChannelClosedException))
        {
            Log($"{message.MsgType} from the front end could not be answered: {e.Message}");
        }
    }

    private async Task DispatchAsync(RouterChannel socket, JupyterMessage message)
    {
        Publish(message, "status", new JsonObject { ["execution_state"] = "busy" });
        try
        {
            if (RequestSchema.Problem(message) is { } wrong)
            {
                Log($"{wrong}: answered with an error");
                await ReplyErrorAsync(socket, message, "BadRequest", wrong);
            }
            else if (_handlers.TryGetValue(message.MsgType, out var handler))
            {
                await handler(message, socket);
            }
            else if (message.MsgType is "comm_open")
            {
                // No comm targets: tell the front end the comm is closed, as ipykernel does for an unknown target.
                Publish(message, "comm_close", new JsonObject { ["comm_id"] = message.Text("comm_id"), ["data"] = new JsonObject() });
            }
            else if (message.MsgType is not ("comm_msg" or "comm_close"))
            {
                Log($"unknown message type '{message.MsgType}' answered with an error");
                await ReplyErrorAsync(socket, message, "UnknownMessageType", $"this kernel does not handle '{message.MsgType}' messages");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log($"handling {message.MsgType} failed: {e}");
            await ReplyErrorAsync(socket, message, e.GetType().Name, e.Message);
        }
        finally
        {
            Publish(message, "status", new JsonObject { ["execution_state"] = "idle" });
        }
    }

    /// <summary>Answers a request the kernel could not serve with an error reply of the request's reply type, and no traceback.</summary>
    private Task ReplyErrorAsync(RouterChannel socket, JupyterMessage message, string ename, string evalue) =>
        ReplyAsync(socket, message, ReplyType(message.MsgType), new JsonObject
        {
            ["status"] = "error",
            ["ename"] = ename,
            ["evalue"] = evalue,
            ["traceback"] = new JsonArray(),
        });

    /// <summary>The reply's type for a request's: "execute_request" is answered by "execute_reply", "x" by "x_reply".</summary>
    private static string ReplyType(string msgType) =>
        msgType.EndsWith("_request", StringComparison.Ordinal) ? msgType[..^"_request".Length] + "_reply" : msgType + "_reply";

    private async Task ReplyAsync(RouterChannel socket, JupyterMessage parent, string msgType, JsonObject content)
    {
        await socket.SendAsync(_session.Serialize(_session.Reply(parent, msgType, content)));
    }

    /// <summary>
    /// Completes when the language kernel can run a cell; kernel_info_reply waits for it, so that a front end's "ready"
    /// means ready and a first cell's deadline does not pay for the kernel's start. The ports are bound (and the
    /// heartbeat answers) meanwhile. By default, at once.
    /// </summary>
    protected virtual Task WhenReadyAsync() => Task.CompletedTask;

    private async Task OnKernelInfoAsync(JupyterMessage message, RouterChannel socket)
    {
        await WhenReadyAsync();
        await ReplyKernelInfoAsync(message, socket);
    }

    private Task ReplyKernelInfoAsync(JupyterMessage message, RouterChannel socket) => ReplyAsync(socket, message, "kernel_info_reply", new JsonObject
    {
        ["status"] = "ok",
        ["protocol_version"] = Session.ProtocolVersion,
        ["implementation"] = Implementation.Name,
        ["implementation_version"] = Implementation.Version,
        ["language_info"] = LanguageInfo.DeepClone(),
        ["banner"] = Banner,
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    });

    private async Task OnExecuteAsync(JupyterMessage message, RouterChannel socket)
    {
        var code = message.Text("code");
        var silent = message.Flag("silent", false);
        var storeHistory = !silent && message.Flag("store_history", true);
        if (!silent) _executionCount++;
        var count = _executionCount;
        if (!silent) Publish(message, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });

        var input = message.Flag("allow_stdin", false) && _channels is not null ? new StdinInput(new StdinChannel(_channels.Stdin, _session, message)) : null;
        using var running = new RunningCell(message, socket, count);
        _running = running;
        CellResult result;
        string? plain = null;
        using (var outputs = new IopubOutputs((type, content) =>
               {
                   if (type == "execute_result") plain = (string?)content["data"]?["text/plain"];
                   Publish(message, type, content);
               }, count, silent))
        {
            result = await ExecuteAsync(code, outputs, input, running.Interrupt.Token);
            outputs.Flush();
        }

        _running = null;
        if (!running.TryFinish()) return; // The interrupt watchdog has answered for this cell and is ending the kernel.
        if (running.Interrupt.IsCancellationRequested && result.Failed)
        {
            result = new CellResult([$"Interrupted: the cell stopped when asked (it observed the cancellation token); the kernel and its state are kept.\n{result.Message}"]);
        }

        if (storeHistory) _history.Add(count, code, plain);
        if (result.Failed)
        {
            // The requests queued behind the failed cell are those that arrived before anyone could see it fail: taken
            // now, before the error is published or answered, so that a request sent after the error reply is run.
            // Only the shell's queue: the shell loop answers them (an execute_request on control aborts nothing).
            if (message.Flag("stop_on_error", true) && socket == _channels?.Shell) _queuedAtError = TakeQueued(socket);
            var error = ErrorContent(result);
            Publish(message, "error", error.DeepClone().AsObject());
            error["status"] = "error";
            error["execution_count"] = count;
            await ReplyAsync(socket, message, "execute_reply", error);
            return;
        }

        await ReplyAsync(socket, message, "execute_reply", new JsonObject
        {
            ["status"] = "ok",
            ["execution_count"] = count,
            ["user_expressions"] = new JsonObject(),
            ["payload"] = new JsonArray(),
        });
    }

    /// <summary>Takes every message that has arrived on the socket and not been read yet.</summary>
    private static List<byte[][]> TakeQueued(RouterChannel socket)
    {
        var queued = new List<byte[][]>();
        while (socket.TryReceive(out var frames)) queued.Add(frames);
        return queued;
    }

    /// <summary>The error of a failed cell as Jupyter shows it; in the Polyglot shape, ename "Error" and the message's lines as traceback.</summary>
    private static JsonObject ErrorContent(CellResult result) => new()
    {
        ["ename"] = "Error",
        ["evalue"] = result.Message,
        ["traceback"] = new JsonArray(result.Message.Split('\n').Select(l => (JsonNode)l.TrimEnd('\r')).ToArray()),
    };

    private async Task AbortAsync(RouterChannel socket, JupyterMessage message)
    {
        Publish(message, "status", new JsonObject { ["execution_state"] = "busy" });
        await ReplyAsync(socket, message, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = _executionCount });
        Publish(message, "status", new JsonObject { ["execution_state"] = "idle" });
    }

    private async Task OnInterruptAsync(JupyterMessage message, RouterChannel socket)
    {
        var running = _running;
        try
        {
            running?.Interrupt.Cancel();
        }
        catch (ObjectDisposedException)
        {
            running = null; // The cell finished meanwhile.
        }

        await ReplyAsync(socket, message, "interrupt_reply", new JsonObject { ["status"] = "ok" });
        if (running is null) return;
        _ = Task.Run(async () =>
        {
            await Task.Delay(InterruptGrace);
            if (!running.TryAbandon()) return;
            // The cell ignores its cancellation token (a tight loop): .NET cannot stop a thread, so the process ends.
            const string why = "Interrupted: the cell did not stop when asked (code that never checks KernelInvocationContext.Current.CancellationToken "
                + "cannot be stopped inside .NET), so the kernel process was ended and its state is lost. Restart the kernel and run the cells again.";
            var error = new JsonObject { ["ename"] = "KernelEnded", ["evalue"] = why, ["traceback"] = new JsonArray(why) };
            Publish(running.Request, "error", error.DeepClone().AsObject());
            error["status"] = "error";
            error["execution_count"] = running.ExecutionCount;
            await ReplyAsync(running.Socket, running.Request, "execute_reply", error);
            Publish(running.Request, "status", new JsonObject { ["execution_state"] = "idle" });
            Log("an interrupted cell did not stop; the kernel exits");
            EndedByInterrupt = true;
            await _shutdown.CancelAsync();
        });
    }


    private async Task OnShutdownAsync(JupyterMessage message, RouterChannel socket)
    {
        _restart = message.Flag("restart", false);
        var content = new JsonObject { ["status"] = "ok", ["restart"] = _restart };
        await ReplyAsync(socket, message, "shutdown_reply", content);
        Publish(message, "shutdown_reply", content.DeepClone().AsObject());
        await _shutdown.CancelAsync();
    }
}
