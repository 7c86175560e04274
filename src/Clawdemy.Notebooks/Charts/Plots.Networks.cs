using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// The parameters of each layer as stacked bars, weights below and biases on top, with each layer's total as text:
    /// for 784-16-16-10 the bars read 12,560, 272 and 170.
    /// </summary>
    /// <param name="shape">The network's shape.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="shape"/> is null.</exception>
    public static GenericChart ParametersPerLayer(NetworkShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var labels = shape.Layers.Select(l => $"layer {l.Number}: {l.Inputs}→{l.Outputs}").ToArray();
        var weights = CSharpChart.Column<double, string, string>(shape.Layers.Select(l => (double)l.Weights), Keys: labels, Name: "weights",
            MarkerColor: PlotlyParts.ColorOf(Colors.Positive), UseDefaults: false);
        var biases = CSharpChart.Column<double, string, string>(shape.Layers.Select(l => (double)l.Biases), Keys: labels, Name: "biases",
            MarkerColor: PlotlyParts.ColorOf(Colors.Series[4]), MultiText: shape.Layers.Select(l => Format.Count(l.Parameters)).ToArray(),
            TextPosition: StyleParam.TextPosition.Outside, UseDefaults: false);
        return CSharpChart.Combine([weights, biases]).WithLayout(("barmode", "stack"))
            .WithTitle($"{shape}: {Format.Count(shape.TotalParameters)} parameters").WithAxisTitles("layer", "parameters");
    }

    /// <summary>
    /// A confusion view: for each true digit (rows) how often the network gave each answer (columns), as a heatmap with
    /// the counts written in. Right answers sit on the diagonal; a network that ignores its input lights one column.
    /// </summary>
    /// <param name="network">A network with 784 inputs and 10 outputs.</param>
    /// <param name="digits">The digits to answer.</param>
    /// <param name="title">The chart's title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Confusion(Network network, DigitSet digits, string title)
    {
        var counts = network.Confusion(digits);
        var labels = Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var chart = CSharpChart.Heatmap<double, string, string, string>(counts.Select(row => row.Select(c => (double)c)), X: labels, Y: labels,
                MultiText: counts.SelectMany(row => row.Select(c => c == 0 ? "" : Format.Count(c))).ToArray(), ShowScale: false, UseDefaults: false)
            .WithTraceAttributes(
                ("text", counts.Select(row => row.Select(c => c == 0 ? "" : Format.Count(c)).ToArray()).ToArray()),
                ("texttemplate", "%{text}"),
                ("colorscale", Colors.Counts),
                ("hovertemplate", "true digit %{y}, answer %{x}: %{z}<extra></extra>"))
            .WithTitle(title).WithAxisTitles("the network's answer", "the true digit");
        ChartStyle.Axis(chart, "xaxis", ("type", "category"));
        ChartStyle.Axis(chart, "yaxis", ("type", "category"), ("autorange", "reversed"));
        return chart.WithLayout(("height", 460));
    }
}
