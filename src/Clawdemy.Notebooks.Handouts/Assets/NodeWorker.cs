using System.Diagnostics;
using System.Text;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// One of the export's Node.js scripts, running for as long as this process needs it: each request is one line of JSON
/// on its stdin, each answer one line of JSON on its stdout, <c>{"result": …}</c> or <c>{"error": "…"}</c>. It ends
/// when its stdin closes, so it never outlives this process, however this process ends.
/// </summary>
internal sealed class NodeWorker : IDisposable
{
    /// <summary>How much of its stderr is kept, for the message when it dies.</summary>
    private const int ErrorLimit = 64 * 1024;

    private readonly Process _process;
    private readonly Task<(string Text, bool Cut)> _stderr;

    /// <summary>What was read from its stdout past the last answer's newline.</summary>
    private readonly StringBuilder _pending = new();

    private bool _ended;

    private NodeWorker(Process process)
    {
        _process = process;
        _stderr = ChildProcess.ReadBoundedAsync(process.StandardError, ErrorLimit);
    }

    /// <summary>Whether it has ended (a crash, a kill, a timeout).</summary>
    public bool HasExited => _ended || _process.HasExited;

    /// <summary>Starts <c>node</c> with the script and its arguments.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">When Node.js is not installed.</exception>
    public static NodeWorker Start(IReadOnlyList<string> arguments) =>
        new(Process.Start(ChildProcess.StartInfo(Programs.Node, arguments, standardInput: true)) ?? throw new InvalidOperationException("node could not be started"));

    /// <summary>Sends one request and waits for its answer; throws with the script's reason when it fails, dies or takes too long.</summary>
    /// <param name="request">The request, JSON on one line.</param>
    /// <param name="timeout">The longest the answer may take; past it the worker is ended.</param>
    /// <param name="answerLimit">The longest answer read, in characters; past it the worker is ended.</param>
    /// <returns>The answer's result, as JSON.</returns>
    /// <exception cref="InvalidOperationException">Why there is no answer, in a few words.</exception>
    public string Ask(string request, TimeSpan timeout, int answerLimit)
    {
        try
        {
            _process.StandardInput.Write(request);
            _process.StandardInput.Write('\n');
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            // It died before reading the request: the missing answer below says why.
        }

        using var cancel = new CancellationTokenSource(timeout);
        var reading = ReadLineAsync(_process.StandardOutput, answerLimit, cancel.Token);
        try
        {
            reading.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // Past the deadline, or its output broke: either way this worker is done.
            throw Ended(cancel.IsCancellationRequested ? $"it did not finish within {timeout.TotalSeconds:0} s" : DiedBecause());
        }

        var (line, cut) = reading.Result;
        if (line is null || cut)
        {
            // A worker that closed its output, or flooded it, answers nothing more: it is ended, and the next call starts another.
            throw Ended(cut ? $"its answer was longer than {answerLimit / (1024 * 1024)} MB" : DiedBecause());
        }

        using var answer = System.Text.Json.JsonDocument.Parse(line);
        if (answer.RootElement.TryGetProperty("error", out var error)) throw new InvalidOperationException(error.GetString() ?? "it failed");
        return answer.RootElement.TryGetProperty("result", out var result) ? result.GetRawText() : throw new InvalidOperationException("it answered nothing");
    }

    /// <summary>Ends it (and what it started).</summary>
    public void Dispose()
    {
        if (_ended) return;
        _ended = true;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    /// <summary>Ends this worker, which answers nothing more; what to throw: a stop when a signal ended it (<see cref="StopSignals"/>), else its failure.</summary>
    private Exception Ended(string why)
    {
        var exitCode = _process.HasExited ? _process.ExitCode : (int?)null;
        Dispose();
        return exitCode is { } code && StopSignals.EndedByStopSignal(code) ? StopSignals.Stopped(code, "Node.js") : new InvalidOperationException(why);
    }

    private string DiedBecause()
    {
        _process.WaitForExit(TimeSpan.FromSeconds(2));
        _stderr.Wait(TimeSpan.FromSeconds(2));
        var lines = (_stderr.IsCompletedSuccessfully ? _stderr.Result.Text : "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var first = lines.FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal)) ?? lines.FirstOrDefault();
        return first ?? (_process.HasExited ? $"exit code {_process.ExitCode}" : "it closed its output");
    }

    /// <summary>Reads up to the next newline, at most <paramref name="limit"/> characters (then cut); null at the end of the stream.</summary>
    private async Task<(string? Line, bool Cut)> ReadLineAsync(StreamReader reader, int limit, CancellationToken cancellationToken)
    {
        var buffer = new char[64 * 1024];
        var searched = 0;
        while (true)
        {
            for (var i = searched; i < _pending.Length; i++)
            {
                if (_pending[i] != '\n') continue;
                var line = _pending.ToString(0, i);
                _pending.Remove(0, i + 1);
                return (line, false);
            }

            searched = _pending.Length;
            if (searched > limit) return (null, true);
            var read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (read == 0) return (null, false);
            _pending.Append(buffer, 0, read);
        }
    }
}
