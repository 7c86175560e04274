using Clawdemy.Notebooks.Plotly;

namespace Clawdemy.Notebooks;

/// <summary>
/// The lesson's charts, one call each: <see cref="ActivationCurves"/>, <see cref="BiasSlider"/>, <see cref="Contributions(NeuronTrace)"/>,
/// <see cref="WeightSlider(Neuron, double[], int, double[])"/>, <see cref="Picture"/>, <see cref="TemplateMatch"/>, <see cref="ParametersPerLayer"/>,
/// and <see cref="Line"/> for anything else. Each returns a <see cref="Figure"/> that a cell can end with.
/// </summary>
public static partial class Plots
{
    /// <summary>The z values the curves are drawn over: -6 to 6 in steps of 0.1.</summary>
    internal static double[] ZRange { get; } = Enumerable.Range(-60, 121).Select(i => i / 10.0).ToArray();

    /// <summary>A line chart of y against x, for any series a lesson computes.</summary>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, as many as x.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">When x and y differ in length.</exception>
    public static Figure Line(IReadOnlyList<double> x, IReadOnlyList<double> y, string title, string xTitle = "x", string yTitle = "y")
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"There are {x.Count} x values but {y.Count} y values; a line needs one y per x.", nameof(y));
        return Figure.Of(new ScatterTrace { X = ChartJson.Round(x), Y = ChartJson.Round(y), Mode = ScatterMode.Lines | ScatterMode.Markers, Name = title, Line = new Line(Colors.Series[0], 2) })
            .WithTitle(title).WithAxisTitles(xTitle, yTitle);
    }

    /// <summary>A bar chart of named values, such as a network's ten output activations.</summary>
    /// <param name="labels">One label per bar.</param>
    /// <param name="values">One value per bar.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">When labels and values differ in number.</exception>
    public static Figure Bars(IReadOnlyList<string> labels, IReadOnlyList<double> values, string title, string xTitle = "", string yTitle = "")
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        if (labels.Count != values.Count) throw new ArgumentException($"There are {labels.Count} labels but {values.Count} values; a bar needs one of each.", nameof(values));
        return Figure.Of(new BarTrace { X = labels.ToArray(), Y = ChartJson.Round(values), Marker = new Marker(Colors.Series[0]), Name = title })
            .WithTitle(title).WithAxisTitles(xTitle, yTitle).WithEveryCategoryLabelled();
    }
}
