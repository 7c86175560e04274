using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace Clawdemy.Notebooks;

/// <summary>
/// The restyling a learner reaches for first, as one-argument calls on any Plotly.NET chart (a lesson chart or their
/// own): Plotly.NET.CSharp 0.14.0 has <c>WithXAxisStyle</c> and <c>WithSize</c> but no <c>WithTitle</c>, and its F#
/// <c>Chart.withTitle</c> needs every optional argument spelled out from C#.
/// </summary>
public static class ChartStyle
{
    /// <summary>Sets the chart's title: <c>Plots.BiasSlider().WithTitle("mine")</c>.</summary>
    /// <param name="chart">Any chart.</param>
    /// <param name="title">The title.</param>
    /// <returns>The chart with that title.</returns>
    public static GenericChart WithTitle(this GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.WithLayout(("title", PlotlyParts.TitleOf(title)));
    }

    /// <summary>Sets both axis titles at once.</summary>
    /// <param name="chart">Any chart with an x and a y axis.</param>
    /// <param name="x">The x axis title.</param>
    /// <param name="y">The y axis title.</param>
    /// <returns>The chart with those axis titles.</returns>
    public static GenericChart WithAxisTitles(this GenericChart chart, string x, string y)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Axis(Axis(chart, "xaxis", ("title", PlotlyParts.TitleOf(x))), "yaxis", ("title", PlotlyParts.TitleOf(y)));
    }

    /// <summary>Makes the x axis a category axis, so that every bar gets its label.</summary>
    /// <param name="chart">Any chart.</param>
    /// <returns>The chart.</returns>
    public static GenericChart WithEveryCategoryLabelled(this GenericChart chart) => Axis(chart, "xaxis", ("type", "category"));

    /// <summary>Merges attributes into one of the chart's axes (<c>xaxis</c>, <c>yaxis2</c>, …), keeping those it has.</summary>
    internal static GenericChart Axis(GenericChart chart, string axis, params (string Name, object? Value)[] attributes)
    {
        var layout = GenericChart.getLayout(chart);
        var existing = layout.TryGetTypedPropertyValue<LinearAxis>(axis);
        var merged = (existing is { } some ? some.Value : new LinearAxis()).With(attributes);
        layout.SetProperty(axis, merged);
        return chart;
    }
}
