using Clawdemy.Notebooks.Plotly;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// 784 values as a 28×28 picture, row 0 at the top, pixels square. Pictures (0..1) are drawn as ink on paper;
    /// weights are drawn diverging: red negative, white zero, blue positive.
    /// </summary>
    /// <param name="values">784 values, row by row.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="diverging">True for weights (centred on zero), false for pixels.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">When there are not 784 values.</exception>
    public static Figure Picture(Vector<double> values, string title, bool diverging = false)
    {
        var figure = Figure.Of(Heatmap(values, diverging, "x", "y", showScale: true));
        figure.WithTitle(title);
        figure.Layout.XAxis = PictureAxis(null);
        figure.Layout.YAxis = PictureAxis("x", reversed: true);
        // Large enough to see each of the 784 pixels: the picture fills the height, with little margin around it.
        figure.Layout.Height = 460;
        figure.Layout.Margin = new Dictionary<string, int> { ["l"] = 10, ["r"] = 10, ["t"] = 60, ["b"] = 10 };
        return figure;
    }

    /// <summary>
    /// An image, a template and their pointwise product side by side: what the neuron sees, what it looks for, and where
    /// the score comes from. The title gives the score, the weighted sum of the image with the template.
    /// </summary>
    /// <param name="template">The template (784 weights).</param>
    /// <param name="image">784 pixel values in 0..1.</param>
    /// <param name="imageName">What the image is, such as "a 7".</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">When the image does not have 784 pixels.</exception>
    public static Figure TemplateMatch(PixelTemplate template, Vector<double> image, string imageName = "image")
    {
        ArgumentNullException.ThrowIfNull(template);
        var product = template.Contributions(image);
        var figure = Figure.Of(
            Heatmap(image, false, "x", "y", showScale: false),
            Heatmap(template.Weights, true, "x2", "y2", showScale: false),
            Heatmap(product, true, "x3", "y3", showScale: false));
        figure.WithTitle($"{imageName} against \"{template.Name}\": score {Format.Number(template.Score(image))}");
        figure.Layout.XAxis = PictureAxis(null, [0, 0.3]);
        figure.Layout.YAxis = PictureAxis("x", reversed: true);
        figure.Layout.XAxis2 = PictureAxis(null, [0.35, 0.65]);
        figure.Layout.YAxis2 = PictureAxis("x2", reversed: true, anchor: "x2");
        figure.Layout.XAxis3 = PictureAxis(null, [0.7, 1.0]);
        figure.Layout.YAxis3 = PictureAxis("x3", reversed: true, anchor: "x3");
        figure.Layout.Annotations =
        [
            Caption(imageName, 0.15), Caption("template", 0.5), Caption("weight × pixel", 0.85),
        ];
        // Three square pictures side by side fill the width; the margins are kept small so each is as large as it can be.
        figure.Layout.Height = 420;
        figure.Layout.Margin = new Dictionary<string, int> { ["l"] = 10, ["r"] = 10, ["t"] = 90, ["b"] = 10 };
        return figure;
    }

    /// <summary>
    /// The colours of a picture, one rule for every picture chart: ink on paper from 0 to 1 for pixels; for weights, a
    /// diverging scale from -m to +m (m the largest magnitude, at least 1e-9), so that zero is white whatever the weights.
    /// </summary>
    private static (object[] Scale, double Low, double High) PictureScale(bool diverging, double largestMagnitude)
    {
        var limit = Math.Round(diverging ? Math.Max(1e-9, largestMagnitude) : 1.0, 4);
        return diverging ? (Colors.Diverging, -limit, limit) : (Colors.Ink, 0, limit);
    }

    private static HeatmapTrace Heatmap(Vector<double> values, bool diverging, string xAxis, string yAxis, bool showScale)
    {
        var grid = PixelTemplate.ToGrid(values);
        var z = Enumerable.Range(0, PixelTemplate.Side).Select(r => ChartJson.Round(grid.Row(r), 3)).ToArray();
        var (scale, low, high) = PictureScale(diverging, diverging ? values.AbsoluteMaximum() : 1.0);
        return new HeatmapTrace
        {
            Z = z,
            ColorScale = scale,
            ZMin = low,
            ZMax = high,
            ShowScale = showScale,
            XAxis = xAxis == "x" ? null : xAxis,
            YAxis = yAxis == "y" ? null : yAxis,
            HoverTemplate = "row %{y}, column %{x}: %{z}<extra></extra>",
            Tiling = new PictureTiling(PixelTemplate.Side, Gap: 0, Count: 1),
        };
    }

    private static Axis PictureAxis(string? scaleAnchor, double[]? domain = null, bool reversed = false, string? anchor = null) => new()
    {
        Domain = domain,
        ScaleAnchor = scaleAnchor,
        AutoRange = reversed ? "reversed" : null,
        Anchor = anchor,
        Visible = false,
    };

    private static Annotation Caption(string text, double x) => new() { Text = text, X = x, Y = 1.08, XRef = "paper", YRef = "paper", ShowArrow = false };
}
