using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

/// <summary>
/// A package that ships a .NET Interactive extension, loaded as Polyglot loads it: the cells of dotnet/csharp-notebooks'
/// "REF-Graphs and Visualizations" pattern (Plotly.NET.Interactive and Plotly.NET.CSharp from NuGet, then charts).
/// </summary>
[Collection(FormatterCollection.Name)]
public class PlotlyExtensionTests
{
    private const int OutputCap = 4 << 20;

    [Fact]
    public async Task Plotly_net_interactive_loads_its_extension_and_each_chart_cell_shows_one_chart()
    {
        using var kernel = new NotebookKernel();
        var setup = await kernel.RunAsync("#r \"nuget: Plotly.NET.Interactive, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"", OutputCap);
        Assert.False(setup.Failed, string.Join("\n", setup.Errors));
        Assert.Contains(setup.Outputs, o => o.Data.Values.Any(v => v.Contains("Plotly.NET.Interactive.dll", StringComparison.Ordinal)));

        string[] charts =
        [
            "using Plotly.NET.CSharp;\nChart.Point<double, double, string>(x: new[] { 1.0, 2.0, 3.0 }, y: new[] { 2.0, 4.0, 3.0 })",
            "Chart.Bar<double, string, string>(values: new[] { 0.15, -0.16, 0.1 }, Keys: new[] { \"x1\", \"x2\", \"x3\" })",
            "Chart.Combine(new[] { Chart.Line<double, double, string>(x: new[] { 0.0, 1.0 }, y: new[] { 0.0, 1.0 }), Chart.Point<double, double, string>(x: new[] { 0.5 }, y: new[] { 0.19 }) })",
        ];
        foreach (var code in charts)
        {
            var run = await kernel.RunAsync(code, OutputCap);
            Assert.False(run.Failed, string.Join("\n", run.Errors));
            var chart = Assert.Single(run.Outputs);
            Assert.Contains("Plotly.newPlot", chart.Data["text/html"]);
        }
    }
}
