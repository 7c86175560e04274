using Clawdemy.Notebooks.Handouts.Export;

namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>A public notebook that draws with Plotly.NET (dotnet/csharp-notebooks' charts sample), exported as a teacher would export it.</summary>
public class PublicChartsHandoutTests
{
    [Fact]
    public async Task A_public_plotly_net_notebooks_charts_all_draw_in_its_handout_with_the_network_closed()
    {
        var settings = Fixtures.Settings();
        var notebook = NotebookDocument.Load(RepoPaths.TestFolder("Clawdemy.Notebooks.Engine.Tests", "Corpus", "Extensions", "REF-Graphs-and-Visualizations.ipynb"));
        var result = await new HandoutExporter(settings).ExportAsync([notebook], new Fixtures.CountingRunner().Run);
        Assert.False(result.Failed, string.Join("\n", result.Runs.SelectMany(r => r.ErrorLines)));
        var charts = result.Runs.Single().Document.Cells.SelectMany(c => c.Outputs).Count(o => o.Data.ContainsKey("application/vnd.plotly.v1+json"));
        Assert.True(charts >= 3, $"the sample's run made {charts} charts");

        var page = result.Written.Single(p => p.EndsWith("REF-Graphs-and-Visualizations.html", StringComparison.Ordinal));
        Assert.True(new FileInfo(page).Length <= 1024 * 1024, $"{page} is {new FileInfo(page).Length} bytes");
        await using var opened = await DrawnPages.OpenAsync(page, 390);
        var drawn = await opened.Page.EvaluateAsync<int>("() => [...document.querySelectorAll('.clawdemy-figure')].filter(f => f.querySelector('svg.main-svg')).length");
        Assert.Equal(charts, drawn);
        Assert.Empty(opened.NetworkRequests);
        Assert.Empty(opened.ConsoleErrors);
    }
}
