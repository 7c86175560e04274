using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

/// <summary>
/// A package that ships a .NET Interactive extension, loaded as Polyglot loads it: dotnet/csharp-notebooks'
/// "REF-Graphs and Visualizations" (Corpus/Extensions, its pins moved to Plotly.NET.Interactive 6.0.0 and
/// Plotly.NET.CSharp 0.14.0), run in process: no cell fails, and each chart cell shows one chart.
/// </summary>
[Collection(FormatterCollection.Name)]
public class PlotlyExtensionTests
{
    private const int OutputCap = 4 << 20;

    /// <summary>The notebook's cells that end with a chart: Chart.Point, Chart.Bar and Chart.Combine of two scatters.</summary>
    public static readonly int[] ChartCells = [7, 9, 11];

    [Fact]
    public async Task Plotly_net_interactive_loads_its_extension_and_each_chart_cell_shows_one_chart()
    {
        var document = Fixtures.Load(Path.Combine("Corpus", "Extensions"), "REF-Graphs-and-Visualizations.ipynb");
        using var kernel = new NotebookKernel();
        foreach (var cell in document.Cells.Where(c => c.CellType == "code"))
        {
            var run = await kernel.RunAsync(cell.Submission, OutputCap);
            Assert.False(run.Failed, $"cell {cell.Number}: {string.Join("\n", run.Errors)}");
            if (cell.Number == 2) Assert.Contains(run.Outputs, o => o.Data.Values.Any(v => v.Contains("Plotly.NET.Interactive.dll", StringComparison.Ordinal)));
            if (!ChartCells.Contains(cell.Number)) continue;
            var chart = Assert.Single(run.Outputs);
            Assert.Contains("Plotly.newPlot", chart.Data["text/html"]);
        }
    }
}
