using Clawdemy.Notebooks.Handouts.Export;

namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>The real course exported once into a temporary folder, shared by the browser tests.</summary>
public sealed class CourseExport : IAsyncLifetime
{
    public string Folder { get; private set; } = "";

    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var settings = Fixtures.Settings();
        Folder = settings.OutputFolder;
        var notebooks = Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).Select(NotebookDocument.Load).ToArray();
        var result = await new HandoutExporter(settings).ExportAsync(notebooks, new Fixtures.CountingRunner().Run);
        Assert.False(result.Failed, string.Join("\n", result.Runs.SelectMany(r => r.ErrorLines)));
        Pages = result.Written.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToArray();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
