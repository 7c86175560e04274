using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

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
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">When there are not 784 values.</exception>
    public static GenericChart Picture(Vector<double> values, string title, bool diverging = false)
    {
        // Large enough to see each of the 784 pixels: the picture fills the height, with little margin around it.
        return PictureTrace(values, diverging, null, showScale: true).WithTitle(title)
            .WithLayout(("xaxis", PictureAxis(null)), ("yaxis", PictureAxis("x", reversed: true)), ("height", 460), ("margin", Margins(10, 10, 60, 10)));
    }

    /// <summary>
    /// An image, a template and their pointwise product side by side: what the neuron sees, what it looks for, and where
    /// the score comes from. The title gives the score, the weighted sum of the image with the template.
    /// </summary>
    /// <param name="template">The template (784 weights).</param>
    /// <param name="image">784 pixel values in 0..1.</param>
    /// <param name="imageName">What the image is, such as "a 7".</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">When the image does not have 784 pixels.</exception>
    public static GenericChart TemplateMatch(PixelTemplate template, Vector<double> image, string imageName = "image")
    {
        ArgumentNullException.ThrowIfNull(template);
        var product = template.Contributions(image);
        var chart = CSharpChart.Combine(
            [
                PictureTrace(image, false, null, showScale: false),
                PictureTrace(template.Weights, true, 2, showScale: false),
                PictureTrace(product, true, 3, showScale: false),
            ])
            .WithTitle($"{imageName} against \"{template.Name}\": score {Format.Number(template.Score(image))}");
        // Three square pictures side by side fill the width; the margins are kept small so each is as large as it can be.
        return chart.WithLayout(
            ("xaxis", PictureAxis(null, [0, 0.3])),
            ("yaxis", PictureAxis("x", reversed: true)),
            ("xaxis2", PictureAxis(null, [0.35, 0.65])),
            ("yaxis2", PictureAxis("x2", reversed: true, anchor: "x2")),
            ("xaxis3", PictureAxis(null, [0.7, 1.0])),
            ("yaxis3", PictureAxis("x3", reversed: true, anchor: "x3")),
            ("annotations", new[] { Caption(imageName, 0.15), Caption("template", 0.5), Caption("weight × pixel", 0.85) }),
            ("height", 420),
            ("margin", Margins(10, 10, 90, 10)));
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

    /// <summary>One 28×28 picture as a heatmap, on the axes numbered <paramref name="axes"/> (x2/y2, …) or the first.</summary>
    private static GenericChart PictureTrace(Vector<double> values, bool diverging, int? axes, bool showScale)
    {
        var grid = PixelTemplate.ToGrid(values);
        var z = Enumerable.Range(0, PixelTemplate.Side).Select(r => PlotlyParts.Round(grid.Row(r), 3)).ToArray();
        var (scale, low, high) = PictureScale(diverging, diverging ? values.AbsoluteMaximum() : 1.0);
        return Heatmap(z, scale, low, high, showScale, "row %{y}, column %{x}: %{z}<extra></extra>", new PictureTiling(PixelTemplate.Side, Gap: 0, Count: 1))
            .WithTraceAttributes(("xaxis", axes is { } n ? $"x{n}" : null), ("yaxis", axes is { } m ? $"y{m}" : null));
    }

    /// <summary>
    /// A heatmap of pictures with its colour scale pinned to [<paramref name="low"/>, <paramref name="high"/>], and the
    /// <see cref="PictureTiling"/> the page reads (as the trace's plotly.js <c>meta</c>) to keep each picture at least 4 px a pixel.
    /// </summary>
    private static GenericChart Heatmap(double[][] z, object[] scale, double low, double high, bool showScale, string hover, PictureTiling tiling) =>
        CSharpChart.Heatmap<double, int, int, string>(z, ShowScale: showScale, UseDefaults: false).WithTraceAttributes(
            ("colorscale", scale),
            ("zmin", low),
            ("zmax", high),
            ("hovertemplate", hover),
            ("meta", new Dictionary<string, int> { ["side"] = tiling.Side, ["gap"] = tiling.Gap, ["count"] = tiling.Count }));

    private static Dictionary<string, int> Margins(int left, int right, int top, int bottom) => new() { ["l"] = left, ["r"] = right, ["t"] = top, ["b"] = bottom };

    private static LinearAxis PictureAxis(string? scaleAnchor, double[]? domain = null, bool reversed = false, string? anchor = null) =>
        new LinearAxis().With(("domain", domain), ("scaleanchor", scaleAnchor), ("autorange", reversed ? "reversed" : null), ("anchor", anchor), ("visible", false));

    private static Annotation Caption(string text, double x) =>
        new Annotation().With(("text", text), ("x", x), ("y", 1.08), ("xref", "paper"), ("yref", "paper"), ("showarrow", false));
}
