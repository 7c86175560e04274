using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Cli;

/// <summary>
/// Runs several notebooks, a few at a time, each in its own kernel process; results come back in input order, and each
/// is handed to <c>finished</c> as soon as its notebook ends, so a notebook that hangs or crashes costs no other one.
/// </summary>
internal static class NotebookBatch
{
    /// <summary>
    /// The build of what runs the notebooks, the engine and the kernel that hosts it (their module version ids): a new
    /// build of either changes every export cache key, so no output of an older engine is reused.
    /// </summary>
    public static string BuildId =>
        $"{typeof(Engine.Execution.NotebookKernel).Module.ModuleVersionId:N}/{typeof(NotebookRunner).Module.ModuleVersionId:N}";

    public static async Task<IReadOnlyList<NotebookRunResult>> RunAsync(
        IReadOnlyList<NotebookDocument> documents, RunOptions options, int parallel, ConsoleReporter reporter, CancellationToken cancellationToken,
        Action<NotebookRunResult>? finished = null)
    {
        var runner = new NotebookRunner(options);
        var results = new NotebookRunResult[documents.Count];
        var notebooks = documents.Select(d => (d.Path, d.Cells.Count(c => c.CellType == "code"))).ToArray();
        await reporter.WithProgressAsync(notebooks, async progress =>
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, documents.Count),
                new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
                async (i, token) =>
                {
                    results[i] = await runner.RunAsync(documents[i], progress, token);
                    // Stopped meanwhile (Ctrl+C, SIGTERM): nothing more is written.
                    token.ThrowIfCancellationRequested();
                    finished?.Invoke(results[i]);
                });
            return 0;
        });
        return results;
    }

    public static void Report(IReadOnlyList<NotebookRunResult> results, ConsoleReporter reporter)
    {
        foreach (var line in results.SelectMany(r => r.ErrorLines)) reporter.Fail(line);
        reporter.Summary(results.Select(r => (
            r.Document.Path,
            r.Document.Cells.Count(c => c.CellType == "code"),
            r.Failures.Count,
            r.Elapsed,
            r.Failed ? "failed" : "ok")));
    }
}
