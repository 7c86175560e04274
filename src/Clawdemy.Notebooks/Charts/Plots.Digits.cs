using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>Several 784-value pictures tiled into one heatmap, a few per row, with a one-pixel gap between them.</summary>
    /// <param name="pictures">The pictures, 784 values each.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="perRow">How many pictures per row.</param>
    /// <param name="diverging">True for weights, false for ink.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">When there are no pictures or one does not have 784 values.</exception>
    public static GenericChart Tiles(IReadOnlyList<Vector<double>> pictures, string title, int perRow = 8, bool diverging = false)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        if (pictures.Count == 0) throw new ArgumentException("There are no pictures to tile.", nameof(pictures));
        if (perRow < 1) throw new ArgumentOutOfRangeException(nameof(perRow), perRow, "At least one picture per row.");
        var side = PixelTemplate.Side + 1;
        var rows = (pictures.Count + perRow - 1) / perRow;
        var columns = Math.Min(perRow, pictures.Count);
        var limit = diverging ? Math.Max(1e-9, pictures.Max(p => p.AbsoluteMaximum())) : 1.0;
        var z = new double[rows * side][];
        for (var r = 0; r < z.Length; r++) z[r] = new double[columns * side];
        for (var i = 0; i < pictures.Count; i++)
        {
            var grid = PixelTemplate.ToGrid(pictures[i]);
            for (var r = 0; r < PixelTemplate.Side; r++)
            {
                for (var c = 0; c < PixelTemplate.Side; c++)
                {
                    z[(i / perRow) * side + r][(i % perRow) * side + c] = Math.Round(grid[r, c], 3);
                }
            }
        }

        var (scale, low, high) = PictureScale(diverging, limit);
        var chart = Heatmap(z, scale, low, high, diverging, "%{z}<extra></extra>",
                new PictureTiling(PixelTemplate.Side, Gap: side - PixelTemplate.Side, Count: pictures.Count))
            .WithTitle(title);
        // Square pixels across a plot about 700 px wide: the height follows the tiles' aspect ratio. The page tiles again
        // in fewer columns where the tiles would be drawn under 4 px a pixel; thin side margins leave a phone three columns.
        return chart.WithLayout(("xaxis", PictureAxis(null)), ("yaxis", PictureAxis("x", reversed: true)),
            ("height", Math.Min(900, 110 + 700 * rows / columns)), ("margin", Margins(4, 4, 60, 20)));
    }

    /// <summary>Digits tiled with their labels in the title, for a first look at the data.</summary>
    /// <param name="digits">The digits.</param>
    /// <param name="title">The chart's title; the labels are added to it.</param>
    /// <param name="perRow">How many per row.</param>
    /// <returns>The chart.</returns>
    public static GenericChart Digits(IEnumerable<Digit> digits, string title = "Digits", int perRow = 10)
    {
        var list = digits.ToArray();
        return Tiles(list.Select(d => d.Pixels).ToArray(), $"{title}: {string.Join(" ", list.Select(d => d.Label))}", perRow);
    }

    /// <summary>The first layer's weights, one 28×28 tile per hidden neuron: the templates a trained network learned.</summary>
    /// <param name="network">A network whose first layer takes 784 inputs.</param>
    /// <param name="title">The chart's title.</param>
    /// <returns>The chart.</returns>
    public static GenericChart FirstLayerWeights(Network network, string title = "What the first hidden layer looks for")
    {
        ArgumentNullException.ThrowIfNull(network);
        var layer = network.Layers[0];
        return Tiles(Enumerable.Range(0, layer.Outputs).Select(layer.WeightsInto).ToArray(), title, perRow: 8, diverging: true);
    }

    /// <summary>The average score of each digit 0 to 9 against a template, as bars: which digits it likes.</summary>
    /// <param name="template">The template.</param>
    /// <param name="digits">The digits.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ScoresByDigit(PixelTemplate template, DigitSet digits)
    {
        var averages = Templates.AverageScoreByLabel(template, digits);
        var made = template.MadeFor;
        return CSharpChart.Column<double, string, string>(PlotlyParts.Round(averages.Select(a => double.IsNaN(a) ? 0 : a), 2),
                Keys: Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), Name: "average score",
                MarkerColor: PlotlyParts.ColorsOf(Enumerable.Range(0, 10).Select(d => d == made ? Colors.Positive : Colors.Reference)), UseDefaults: false)
            .WithTitle($"Average score against \"{template.Name}\"").WithAxisTitles("digit", "average weighted sum").WithEveryCategoryLabelled();
    }
}
