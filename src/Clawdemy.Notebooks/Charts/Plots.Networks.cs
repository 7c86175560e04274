namespace Clawdemy.Notebooks.Charts;

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
                TextPosition = "outside",
            });
        figure.Layout.BarMode = "stack";
        return figure.WithTitle($"{shape}: {Format.Count(shape.TotalParameters)} parameters").WithAxisTitles("layer", "parameters");
    }
}
