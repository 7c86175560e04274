using Clawdemy.Notebooks.Plotly;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// The parameters of each layer as stacked bars, weights below and biases on top, with each layer's total as text:
    /// for 784-16-16-10 the bars read 12,560, 272 and 170.
    /// </summary>
    /// <param name="shape">The network's shape.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="shape"/> is null.</exception>
    public static Figure ParametersPerLayer(NetworkShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var labels = shape.Layers.Select(l => $"layer {l.Number}: {l.Inputs}→{l.Outputs}").ToArray();
        var figure = Figure.Of(
            new BarTrace { Name = "weights", X = labels, Y = shape.Layers.Select(l => (double)l.Weights).ToArray(), Marker = new Marker(Colors.Positive) },
            new BarTrace
            {
                Name = "biases",
                X = labels,
                Y = shape.Layers.Select(l => (double)l.Biases).ToArray(),
                Marker = new Marker(Colors.Series[4]),
                Text = shape.Layers.Select(l => Format.Count(l.Parameters)).ToArray(),
                TextPosition = TextPosition.Outside,
            });
        figure.Layout.BarMode = BarMode.Stack;
        return figure.WithTitle($"{shape}: {Format.Count(shape.TotalParameters)} parameters").WithAxisTitles("layer", "parameters");
    }

    /// <summary>
    /// A confusion view: for each true digit (rows) how often the network gave each answer (columns), as a heatmap with
    /// the counts written in. Right answers sit on the diagonal; a network that ignores its input lights one column.
    /// </summary>
    /// <param name="network">A network with 784 inputs and 10 outputs.</param>
    /// <param name="digits">The digits to answer.</param>
    /// <param name="title">The chart's title.</param>
    /// <returns>The figure.</returns>
    public static Figure Confusion(Network network, DigitSet digits, string title)
    {
        var counts = network.Confusion(digits);
        var labels = Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var figure = Figure.Of(new HeatmapTrace
        {
            X = labels,
            Y = labels,
            Z = counts.Select(row => row.Select(c => (double)c).ToArray()).ToArray(),
            Text = counts.Select(row => row.Select(c => c == 0 ? "" : Format.Count(c)).ToArray()).ToArray(),
            TextTemplate = "%{text}",
            ColorScale = Colors.Counts,
            ShowScale = false,
            HoverTemplate = "true digit %{y}, answer %{x}: %{z}<extra></extra>",
        }).WithTitle(title).WithAxisTitles("the network's answer", "the true digit");
        figure.Layout.XAxis!.Type = AxisType.Category;
        figure.Layout.YAxis!.Type = AxisType.Category;
        figure.Layout.YAxis.AutoRange = "reversed";
        figure.Layout.Height = 460;
        return figure;
    }
}
