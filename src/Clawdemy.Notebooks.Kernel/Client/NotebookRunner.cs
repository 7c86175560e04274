using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>
/// Runs a notebook the way nbclient does with ipykernel: one kernel process per notebook (<c>clawdemy kernel</c>,
/// started by a <see cref="KernelManager"/>), each code cell an execute_request, its outputs read from iopub and
/// saved in the shape Polyglot saves them (values as display_data, streams merged, errors as ename "Error"); an
/// update_display_data reaches back to the output it names, in whichever cell. The input document is never changed.
/// A cell past its deadline, a kernel that dies (stack overflow, Environment.Exit, out of memory) or floods its
/// stdout fails that notebook only, with the reason on the cell; nothing of the kernel is left running.
/// </summary>
public sealed partial class NotebookRunner(RunOptions options)
{
    /// <summary>How long a kernel may take to start and answer kernel_info.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>How many kernels are started for one notebook when each exits because another process took one of its ports.</summary>
    public const int StartAttempts = 3;

    /// <summary>How long a kernel whose start failed is given to exit, so that its reason can be read (no wait for one that has exited).</summary>
    private static readonly TimeSpan HandshakeExitWait = TimeSpan.FromSeconds(2);

    /// <summary>Runs every code cell of the document in order.</summary>
    public async Task<NotebookRunResult> RunAsync(NotebookDocument document, IProgress<CellProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var codeCells = document.Cells.Where(c => c.CellType == "code").ToArray();
        var sinks = new Dictionary<int, CellOutputSink>();
        var errors = new Dictionary<int, IReadOnlyList<string>>();
        if (codeCells.Length > 0) await RunInKernelAsync(document, codeCells, sinks, errors, progress, cancellationToken);

        var count = 0;
        var cells = document.Cells.Select(cell =>
        {
            if (cell.CellType != "code") return cell;
            return sinks.TryGetValue(cell.Index, out var sink) ? cell.WithOutputs(sink.ToOutputs(), ++count) : cell.WithOutputs([], null);
        }).ToArray();
        var failures = errors.OrderBy(e => e.Key).Select(e => new CellFailure(e.Key + 1, e.Value)).ToArray();
        return new NotebookRunResult(document.WithCells(cells), failures, clock.Elapsed);
    }

    private async Task RunInKernelAsync(
        NotebookDocument document, NotebookCell[] codeCells, Dictionary<int, CellOutputSink> sinks, Dictionary<int, IReadOnlyList<string>> errors,
        IProgress<CellProgress>? progress, CancellationToken cancellationToken)
    {
        var started = await StartAsync(document.Directory, cancellationToken);
        await using var kernel = started.Kernel;
        var client = started.Client;
        var displays = new Dictionary<string, CellOutputSink>();
        try
        {
            if (client is null)
            {
                Fail(codeCells[0].Index, $"The notebook's kernel could not start: {started.Why}", $"the kernel could not start: {started.Why}; no cell ran");
                return;
            }

            foreach (var cell in codeCells)
            {
                progress?.Report(new CellProgress(document.Path, cell.Index + 1, false, false));
                var sink = new CellOutputSink(options.MaxOutputBytes);
                sinks[cell.Index] = sink;
                var outcome = await RunCellAsync(client, kernel, cell, sink, displays, cancellationToken);
                AttachProcessOutput(kernel, sink);
                switch (outcome)
                {
                    case CellOutcome.Ok:
                        progress?.Report(new CellProgress(document.Path, cell.Index + 1, true, false));
                        continue;
                    case CellOutcome.Failed failed:
                        errors[cell.Index] = failed.Errors;
                        progress?.Report(new CellProgress(document.Path, cell.Index + 1, true, true));
                        if (options.StopOnError) return;
                        continue;
                    case CellOutcome.TimedOut:
                        await InterruptThenKillAsync(client, kernel);
                        var seconds = options.CellTimeout.TotalSeconds;
                        sink.AddError($"Timeout: the cell ran longer than {seconds:0.##} s and was stopped (--timeout).");
                        errors[cell.Index] = [$"timeout: the cell ran longer than {seconds:0.##} s and was stopped; later cells did not run"];
                        progress?.Report(new CellProgress(document.Path, cell.Index + 1, true, true));
                        return;
                    case CellOutcome.KernelDied:
                        await LastWordsAsync(kernel);
                        var why = Crash(kernel);
                        sink.AddError($"The notebook's kernel stopped while running this cell: {why}");
                        errors[cell.Index] = [$"the kernel stopped while running this cell: {why}; later cells did not run"];
                        progress?.Report(new CellProgress(document.Path, cell.Index + 1, true, true));
                        return;
                }
            }

            await client.ShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run was stopped (Ctrl+C): the kernel is ended now, not given the grace of a kernel asked to shut down,
            // so that its connection file is removed before the process is done.
            kernel.Kill();
            throw;
        }
        finally
        {
            if (client is not null) await client.DisposeAsync();
        }

        void Fail(int index, string output, string line)
        {
            var sink = new CellOutputSink(options.MaxOutputBytes);
            sink.AddError(output);
            sinks[index] = sink;
            errors[index] = [line];
            progress?.Report(new CellProgress(document.Path, index + 1, true, true));
        }
    }

    /// <summary>How long a kernel interrupted at a cell's deadline has to answer before its process group is ended.</summary>
    public static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A cell past its deadline: the kernel is asked to interrupt it (as nbclient does), given <see cref="InterruptGrace"/>
    /// to answer, then ended with everything it started whatever it answered, since the notebook stops here.
    /// </summary>
    private static async Task InterruptThenKillAsync(KernelClient client, KernelManager kernel)
    {
        try
        {
            using var grace = new CancellationTokenSource(InterruptGrace);
            await client.InterruptAsync(grace.Token);
            await Task.WhenAny(client.ShellReplies.WaitToReadAsync(grace.Token).AsTask(), kernel.Exited, Task.Delay(InterruptGrace, CancellationToken.None));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or System.Net.Sockets.SocketException or NetMQ.NetMQException or ObjectDisposedException)
        {
            // The kernel could not be asked or did not answer in time: it is ended below all the same.
        }

        kernel.Kill();
    }

    private async Task<CellOutcome> RunCellAsync(
        KernelClient client, KernelManager kernel, NotebookCell cell, CellOutputSink sink, Dictionary<string, CellOutputSink> displays, CancellationToken cancellationToken)
    {
        var msgId = await client.ExecuteAsync(cell.Submission, allowStdin: false, stopOnError: false, cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.CellTimeout);
        JupyterMessage? reply = null;
        var idle = false;
        string? error = null;
        var died = kernel.Exited;
        try
        {
            while (reply is null || !idle)
            {
                var shell = client.ShellReplies.WaitToReadAsync(deadline.Token).AsTask();
                var iopub = client.Iopub.WaitToReadAsync(deadline.Token).AsTask();
                var first = await Task.WhenAny(shell, iopub, died);
                if (first == died && !client.Iopub.TryPeek(out _) && !client.ShellReplies.TryPeek(out _)) return new CellOutcome.KernelDied();
                if ((first == shell && !await shell) || (first == iopub && !await iopub)) return new CellOutcome.KernelDied();
                while (client.ShellReplies.TryRead(out var message))
                {
                    if (ParentId(message) == msgId && message.MsgType == "execute_reply") reply = message;
                }

                while (client.Iopub.TryRead(out var message))
                {
                    if (message.MsgType == "update_display_data")
                    {
                        Apply(message, sink, displays);
                        continue;
                    }

                    if (ParentId(message) != msgId) continue;
                    if (message.MsgType == "status" && message.Text("execution_state") == "idle") idle = true;
                    else if (message.MsgType == "error") error = message.Text("evalue");
                    else Apply(message, sink, displays);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CellOutcome.TimedOut();
        }

        if (reply.Text("status") == "ok") return new CellOutcome.Ok();
        var failure = error ?? reply.Text("evalue", "the cell failed");
        sink.AddError(failure);
        return new CellOutcome.Failed(ErrorLines(failure));
    }

    private static void Apply(JupyterMessage message, CellOutputSink sink, Dictionary<string, CellOutputSink> displays)
    {
        var displayId = message.Content["transient"]?["display_id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;
        switch (message.MsgType)
        {
            case "stream":
                sink.WriteStream(message.Text("name", "stdout"), message.Text("text"));
                break;
            case "execute_result":
                sink.Result(Bundle(message));
                break;
            case "display_data":
                displayId ??= Guid.NewGuid().ToString("N");
                sink.Display(Bundle(message), displayId);
                displays[displayId] = sink;
                break;
            case "update_display_data" when displayId is not null && displays.TryGetValue(displayId, out var owner):
                owner.UpdateDisplay(Bundle(message), displayId);
                break;
        }
    }

    /// <summary>A message's data as text per MIME type; JSON types as their JSON text, kept as JSON when saved.</summary>
    private static Dictionary<string, string> Bundle(JupyterMessage message) =>
        (message.Content["data"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : p.Value?.ToJsonString() ?? "")
        ?? [];

    /// <summary>
    /// What the kernel process itself wrote to its stdout and stderr file descriptors (native code, a child process)
    /// during the cell, each capped at <c>--max-output</c> and then by the cell's own cap; the kernel's log lines on
    /// stderr are not the cell's and are left out.
    /// </summary>
    private void AttachProcessOutput(KernelManager kernel, CellOutputSink sink)
    {
        var (stdout, stdoutDropped) = kernel.Stdout.Take();
        var (stderr, stderrDropped) = kernel.Stderr.Take();
        var cellsStderr = string.Join('\n', stderr.Split('\n').Where(line => !KernelProcess.IsLogLine(line)));
        if (stdout.Length > 0) sink.WriteStream("stdout", stdout);
        if (cellsStderr.Length > 0) sink.WriteStream("stderr", cellsStderr);
        if (stdoutDropped > 0 || stderrDropped > 0) sink.WriteStream("stderr", CellOutputSink.CutMarker(options.MaxOutputBytes));
    }

    /// <summary>
    /// Starts a kernel and waits until it answers, as jupyter_client's restarter does with random_ports_until_alive: a
    /// kernel that exited because a port of its connection file was taken by another process meanwhile is started again
    /// with fresh ports, <see cref="StartAttempts"/> times at most. Returns the kernel (the caller disposes it) and either
    /// its client or why it could not start.
    /// </summary>
    private async Task<(KernelManager Kernel, KernelClient? Client, string? Why)> StartAsync(string directory, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var kernel = KernelManager.Start(options.KernelCommand, directory, options.MaxOutputBytes, options.MemoryLimitBytes);
            KernelClient? client = null;
            var handedOver = false;
            using var start = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                start.CancelAfter(StartTimeout);
                var connecting = KernelClient.ConnectAsync(kernel.Connection, start.Token);
                if (await Task.WhenAny(connecting, kernel.Exited) != connecting) throw new KernelDiedException();
                client = await connecting;
                var ready = client.WaitForReadyAsync(start.Token);
                if (await Task.WhenAny(ready, kernel.Exited) != ready) throw new KernelDiedException();
                await ready;
                handedOver = true;
                return (kernel, client, null);
            }
            catch (Exception e) when ((e is OperationCanceledException or KernelDiedException or System.Net.Sockets.SocketException or IOException or NetMQ.NetMQException)
                && !cancellationToken.IsCancellationRequested)
            {
                if (client is { } connected)
                {
                    client = null;
                    await connected.DisposeAsync();
                }

                // The transport failed (a request the kernel's socket would not take, NetMQ closing): most likely the kernel exits; give it a moment.
                var handshake = e is IOException or NetMQ.NetMQException;
                if (kernel.HasExited || handshake) await LastWordsAsync(kernel, HandshakeExitWait, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                var taken = kernel.TakenPort;
                if (taken is not null && attempt < StartAttempts) continue;

                // Ended by the terminal's Ctrl+C before it led a group of its own: the run is stopped, not failed.
                if (kernel.HasExited) StopSignals.ThrowIfEndedByStopSignal(kernel.ExitCode, "the notebook's kernel");
                handedOver = true;
                var why = taken is not null ? $"{taken} (another program took one of its ports, {StartAttempts} starts in a row)"
                    : kernel.HasExited ? Crash(kernel)
                    : handshake ? $"its ZeroMQ connection failed: {e.Message}"
                    : start.IsCancellationRequested ? $"it did not answer within {StartTimeout.TotalSeconds:0} s"
                    : $"its start failed: {e.GetType().Name}: {e.Message}";
                return (kernel, null, why);
            }
            finally
            {
                if (!handedOver)
                {
                    if (client is not null) await client.DisposeAsync();
                    // Stopped while it started (Ctrl+C): no grace to exit by itself, it was never asked to.
                    if (cancellationToken.IsCancellationRequested) kernel.Kill();
                    await kernel.DisposeAsync();
                }
            }
        }
    }

    private static string? ParentId(JupyterMessage message) => (string?)message.ParentHeader["msg_id"];

    /// <summary>One line per compile diagnostic; an exception's whole text as one error.</summary>
    private static IReadOnlyList<string> ErrorLines(string message)
    {
        var lines = message.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        return lines.Length > 0 && lines.All(l => Diagnostic().IsMatch(l)) ? lines : [message];
    }

    /// <summary>How the .NET runtime starts what it writes to stderr as a process dies.</summary>
    private static readonly string[] RuntimeCrashHeaders = ["Process terminated.", "Unhandled exception.", "Fatal error."];

    /// <summary>Waits, a few seconds at most, for a dying kernel to exit and for what it wrote last to be read.</summary>
    private static Task LastWordsAsync(KernelManager kernel) => LastWordsAsync(kernel, TimeSpan.FromSeconds(5), CancellationToken.None);

    /// <summary>Waits up to <paramref name="exitWait"/> for the kernel to exit and then, a few seconds at most, for what it wrote last to be read.</summary>
    private static async Task LastWordsAsync(KernelManager kernel, TimeSpan exitWait, CancellationToken cancellationToken)
    {
        await kernel.Exited.WaitAsync(exitWait, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        if (kernel.HasExited) await kernel.OutputRead.WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private string Crash(KernelManager kernel)
    {
        var stderr = kernel.Stderr.Tail(KernelManager.LastWordsChars);
        if (kernel.KilledForMemory) return $"out of memory (the kernel used more than {options.MemoryLimitBytes / (1024 * 1024)} MB)";
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)) return "stack overflow";
        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal)) return "out of memory";
        var exit = kernel.HasExited ? kernel.ExitCode : -1;
        var lines = stderr.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !KernelProcess.IsLogLine(l)).ToArray();
        // The runtime's own last words (FailFast, an unhandled exception) win over whatever the cell wrote before them.
        var at = Array.FindLastIndex(lines, l => RuntimeCrashHeaders.Any(h => l.StartsWith(h, StringComparison.Ordinal)));
        var reason = at < 0 ? lines.FirstOrDefault()
            : RuntimeCrashHeaders.Contains(lines[at]) && at + 1 < lines.Length ? $"{lines[at]} {lines[at + 1]}" // the message on the next line
            : lines[at];
        return reason is null ? $"it exited with code {exit} (did the cell call Environment.Exit?)" : $"exit code {exit}: {reason}";
    }

    [GeneratedRegex(@"^\(\d+,\d+\): ")]
    private static partial Regex Diagnostic();

    private abstract record CellOutcome
    {
        public sealed record Ok : CellOutcome;

        public sealed record Failed(IReadOnlyList<string> Errors) : CellOutcome;

        public sealed record TimedOut : CellOutcome;

        public sealed record KernelDied : CellOutcome;
    }

    private sealed class KernelDiedException() : Exception("the kernel process exited");
}
