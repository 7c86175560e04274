using Clawdemy.Notebooks.Handouts.Export;

namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>hostile.ipynb exported once (run for real, Markdown sanitised), shared by the hostile-handout tests.</summary>
public sealed class HostileExport : IAsyncLifetime
{
    public string Page { get; private set; } = "";

    public string Html { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var settings = Fixtures.Settings();
        var result = await new HandoutExporter(settings).ExportAsync([Fixtures.Load("Browser", "hostile.ipynb")], new Fixtures.CountingRunner().Run);
        Assert.False(result.Failed, string.Join("\n", result.Runs.SelectMany(r => r.ErrorLines)));
        Page = Path.Combine(settings.OutputFolder, "hostile.html");
        Html = await File.ReadAllTextAsync(Page);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
