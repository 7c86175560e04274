using Clawdemy.Notebooks.Kernel.Client;
using Spectre.Console;

namespace Clawdemy.Notebooks.Cli;

/// <summary>
/// Progress per notebook and cell, and a summary table at the end. Plain lines when output is redirected or CI is set;
/// Spectre.Console's live progress on a terminal. Errors always go to stderr, one line each.
/// </summary>
internal sealed class ConsoleReporter
{
    private readonly object _gate = new();

    public ConsoleReporter(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        Plain = Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || output != Console.Out;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Plain { get; }

    public void Line(string text)
    {
        lock (_gate) Output.WriteLine(text);
    }

    public void Fail(string line)
    {
        lock (_gate) Error.WriteLine(line);
    }

    /// <summary>Runs <paramref name="work"/> with a progress callback that shows one line or bar per notebook.</summary>
    public async Task<T> WithProgressAsync<T>(IReadOnlyList<(string Path, int Cells)> notebooks, Func<IProgress<CellProgress>, Task<T>> work)
    {
        if (Plain)
        {
            return await work(new SyncProgress(p =>
            {
                if (p.Finished) Line($"{p.Path} cell {p.CellNumber} {(p.Failed ? "failed" : "ok")}");
            }));
        }

        T result = default!;
        await AnsiConsole.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = notebooks.ToDictionary(n => n.Path, n => context.AddTask(Markup.Escape(n.Path), maxValue: Math.Max(1, n.Cells)));
                result = await work(new SyncProgress(p =>
                {
                    if (p.Finished && tasks.TryGetValue(p.Path, out var task)) task.Increment(1);
                }));
                foreach (var task in tasks.Values) task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>The summary table: one row per notebook with its cells, failures and time.</summary>
    public void Summary(IEnumerable<(string Path, int Cells, int Failed, TimeSpan Elapsed, string Status)> rows)
    {
        var list = rows.ToList();
        if (Plain)
        {
            foreach (var r in list) Line($"{r.Status,-6} {r.Path}  {r.Cells} cells, {r.Failed} failed, {r.Elapsed.TotalSeconds:0.00} s");
            return;
        }

        var table = new Table().AddColumns("notebook", "cells", "failed", "time", "status");
        foreach (var r in list)
        {
            var status = r.Failed > 0 ? $"[red]{r.Status}[/]" : $"[green]{r.Status}[/]";
            table.AddRow(Markup.Escape(r.Path), r.Cells.ToString(), r.Failed.ToString(), $"{r.Elapsed.TotalSeconds:0.00} s", status);
        }

        AnsiConsole.Write(table);
    }

    /// <summary>An IProgress that reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<CellProgress> report) : IProgress<CellProgress>
    {
        public void Report(CellProgress value) => report(value);
    }
}
