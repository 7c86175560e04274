using Clawdemy.Notebooks.Handouts.Export;

namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>
/// Charts the course did not draw, exported as a teacher would export them: a public notebook that draws with
/// Plotly.NET (dotnet/csharp-notebooks' charts sample, from the engine's corpus) and a learner's restyled, combined and
/// from-scratch charts.
/// </summary>
public class PublicChartsHandoutTests
{
    public static TheoryData<string, string, int> Notebooks() => new()
    {
        { "Clawdemy.Notebooks.Engine.Tests", "Corpus/Extensions/REF-Graphs-and-Visualizations.ipynb", 3 },
        { "Clawdemy.Notebooks.Handouts.Tests", "Browser/learner-charts.ipynb", 3 },
    };

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_plotly_net_chart_of_a_notebook_draws_in_its_handout_on_a_phone_with_the_network_closed(string project, string path, int atLeast)
    {
        var settings = Fixtures.Settings();
        var notebook = NotebookDocument.Load(RepoPaths.TestFolder(project, path.Split('/')));
        var result = await new HandoutExporter(settings).ExportAsync([notebook], new Fixtures.CountingRunner().Run);
        Assert.False(result.Failed, string.Join("\n", result.Runs.SelectMany(r => r.ErrorLines)));
        var charts = result.Runs.Single().Document.Cells.SelectMany(c => c.Outputs).Count(o => o.Data.ContainsKey("application/vnd.plotly.v1+json"));
        Assert.True(charts >= atLeast, $"the run made {charts} charts");

        var name = Path.GetFileNameWithoutExtension(path) + ".html";
        var page = result.Written.Single(p => Path.GetFileName(p) == name);
        Assert.True(new FileInfo(page).Length <= 1024 * 1024, $"{page} is {new FileInfo(page).Length} bytes");
        await using var opened = await DrawnPages.OpenAsync(page, 390);
        var drawn = await opened.Page.EvaluateAsync<int>("() => [...document.querySelectorAll('.clawdemy-figure')].filter(f => f.querySelector('svg.main-svg')).length");
        Assert.Equal(charts, drawn);
        Assert.Empty(opened.NetworkRequests);
        Assert.Empty(opened.ConsoleErrors);
    }
}
