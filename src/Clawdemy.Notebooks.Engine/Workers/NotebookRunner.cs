using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Engine.Documents;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Engine.Processes;

namespace Clawdemy.Notebooks.Engine.Workers;

/// <summary>
/// Runs a notebook in its own worker process and returns a new document with outputs; the input is never changed.
/// A cell that crashes the worker (stack overflow, Environment.Exit) or runs past the timeout fails that notebook with a
/// clear error, and nothing else.
/// </summary>
public sealed class NotebookRunner(RunOptions options)
{
    /// <summary>Runs every code cell of the document in order.</summary>
    public async Task<NotebookRunResult> RunAsync(NotebookDocument document, IProgress<CellProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var codeCells = document.Cells.Where(c => c.CellType == "code").ToArray();
        var runs = new Dictionary<int, (IReadOnlyList<CellOutput> Outputs, IReadOnlyList<string> Errors)>();
        if (codeCells.Length > 0)
        {
            await RunInWorkerAsync(document, codeCells, runs, progress, cancellationToken);
        }

        var count = 0;
        var cells = document.Cells.Select(cell =>
        {
            if (cell.CellType != "code") return cell;
            return runs.TryGetValue(cell.Index, out var run) ? cell.WithOutputs(run.Outputs, ++count) : cell.WithOutputs([], null);
        }).ToArray();
        var failures = runs.Where(r => r.Value.Errors.Count > 0).OrderBy(r => r.Key)
            .Select(r => new CellFailure(r.Key + 1, r.Value.Errors)).ToArray();
        return new NotebookRunResult(document.WithCells(cells), failures, clock.Elapsed);
    }

    private async Task RunInWorkerAsync(
        NotebookDocument document,
        NotebookCell[] codeCells,
        Dictionary<int, (IReadOnlyList<CellOutput>, IReadOnlyList<string>)> runs,
        IProgress<CellProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var process = StartWorker(document.Directory);
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) { if (e.Data is not null && stderr.Length < 64_000) stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();

        var request = WorkerMessages.Request(document.Directory, options.MaxOutputChars, options.StopOnError,
            codeCells.Select(c => (c.Index, c.Source, c.KernelName)));
        try
        {
            await process.StandardInput.WriteAsync(request.ToJsonString());
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The worker died before reading its request; reported below as a crash of the first cell.
        }

        int? current = null;
        var stray = new StringBuilder();
        var done = false;
        while (!done)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (current is not null) timeout.CancelAfter(options.CellTimeout);
            string? line;
            try
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Kill(process);
                var seconds = options.CellTimeout.TotalSeconds;
                runs[current!.Value] = ([CellOutput.Error($"Timeout: the cell ran longer than {seconds:0.##} s and was stopped (--timeout).")],
                    [$"timeout: the cell ran longer than {seconds:0.##} s and was stopped; later cells did not run"]);
                progress?.Report(new CellProgress(document.Path, current.Value + 1, true, true));
                return;
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                throw;
            }

            if (line is null) break;
            if (line.Length == 0 || line[0] != WorkerMessages.Marker)
            {
                stray.Append(line).Append('\n');
                continue;
            }

            var message = JsonNode.Parse(line.AsSpan(1).ToString())!.AsObject();
            switch ((string?)message["type"])
            {
                case "start":
                    current = (int)message["index"]!;
                    stray.Clear();
                    progress?.Report(new CellProgress(document.Path, current.Value + 1, false, false));
                    break;
                case "end":
                    var index = (int)message["index"]!;
                    var outputs = message["outputs"]!.AsArray().Select(o => new CellOutput(o!.DeepClone().AsObject())).ToList();
                    if (stray.Length > 0) outputs.Insert(0, CellOutput.Stream("stdout", stray.ToString()));
                    var errors = message["errors"]!.AsArray().Select(e => (string)e!).ToArray();
                    runs[index] = (outputs, errors);
                    progress?.Report(new CellProgress(document.Path, index + 1, true, errors.Length > 0));
                    current = null;
                    stray.Clear();
                    break;
                case "done":
                    done = true;
                    break;
            }
        }

        await process.WaitForExitAsync(cancellationToken);
        if (done) return;

        // The worker ended without finishing: a crash, Environment.Exit, or running out of memory.
        var why = Crash(process.ExitCode, stderr.ToString());
        var crashed = current ?? codeCells.Select(c => c.Index).FirstOrDefault(i => !runs.ContainsKey(i));
        runs[crashed] = ([CellOutput.Error($"The notebook's worker process stopped while running this cell: {why}")],
            [$"the worker process stopped while running this cell: {why}; later cells did not run"]);
        progress?.Report(new CellProgress(document.Path, crashed + 1, true, true));
    }

    private static string Crash(int exitCode, string stderr)
    {
        var first = stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)) return "stack overflow";
        if (stderr.Contains("OutOfMemory", StringComparison.Ordinal)) return "out of memory";
        return first is null ? $"it exited with code {exitCode} (did the cell call Environment.Exit?)" : $"exit code {exitCode}: {first}";
    }

    private Process StartWorker(string directory)
    {
        if (!File.Exists(options.WorkerPath))
        {
            throw new FileNotFoundException($"The notebook worker is missing at {options.WorkerPath}; build the solution first.");
        }

        var start = ChildProcess.StartInfo(ChildProcess.DotnetHost, [options.WorkerPath], directory, standardInput: true);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.MemoryLimitBytes.ToString("X");
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TC_QuickJitForLoops"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("The notebook worker could not be started.");
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
