using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Course.Tests;

/// <summary>The whole course, run once through the engine and shared by the tests that read its outputs.</summary>
public sealed class CourseRun : IAsyncLifetime
{
    public IReadOnlyList<NotebookDocument> Notebooks { get; private set; } = [];

    public IReadOnlyList<NotebookRunResult> Results { get; private set; } = [];

    public static IReadOnlyList<string> Paths() =>
        Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();

    public async Task InitializeAsync()
    {
        Notebooks = Paths().Select(NotebookDocument.Load).ToArray();
        var runner = new NotebookRunner(new RunOptions());
        Results = await Task.WhenAll(Notebooks.Select(n => runner.RunAsync(n)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every text output of a run (plain text, HTML, streams), joined.</summary>
    public static string AllText(NotebookRunResult result) => string.Join("\n", result.Document.Cells.SelectMany(c => c.Outputs)
        .SelectMany(o => o.Data.Values.Append(o.Text)));
}
