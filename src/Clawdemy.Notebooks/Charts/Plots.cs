using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Clawdemy.Notebooks;

/// <summary>
/// The lesson's charts, one call each: <see cref="ActivationCurves"/>, <see cref="BiasSlider"/>, <see cref="Contributions(NeuronTrace)"/>,
/// <see cref="WeightSlider(Neuron, double[], int, double[])"/>, <see cref="Picture"/>, <see cref="TemplateMatch"/>, <see cref="ParametersPerLayer"/>,
/// and <see cref="Line"/> for anything else. Each returns a Plotly.NET <see cref="GenericChart"/> that a cell can end
/// with, restyle (<c>.WithTitle("mine")</c>, <c>.WithXAxisStyle(…)</c>) or combine with a learner's own
/// <c>Chart.Line(…)</c> through <c>Chart.Combine</c>.
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
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">When x and y differ in length.</exception>
    public static GenericChart Line(IReadOnlyList<double> x, IReadOnlyList<double> y, string title, string xTitle = "x", string yTitle = "y")
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"There are {x.Count} x values but {y.Count} y values; a line needs one y per x.", nameof(y));
        return CSharpChart.Line<double, double, string>(PlotlyParts.Round(x), PlotlyParts.Round(y), ShowMarkers: true, Name: title,
                LineColor: PlotlyParts.ColorOf(Colors.Series[0]), LineWidth: 2, UseDefaults: false)
            .WithTitle(title).WithAxisTitles(xTitle, yTitle);
    }

    /// <summary>A bar chart of named values, such as a network's ten output activations.</summary>
    /// <param name="labels">One label per bar.</param>
    /// <param name="values">One value per bar.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="xTitle">The x axis title.</param>
    /// <param name="yTitle">The y axis title.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">When labels and values differ in number.</exception>
    public static GenericChart Bars(IReadOnlyList<string> labels, IReadOnlyList<double> values, string title, string xTitle = "", string yTitle = "")
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        if (labels.Count != values.Count) throw new ArgumentException($"There are {labels.Count} labels but {values.Count} values; a bar needs one of each.", nameof(values));
        return CSharpChart.Column<double, string, string>(PlotlyParts.Round(values), Keys: labels.ToArray(), Name: title,
                MarkerColor: PlotlyParts.ColorOf(Colors.Series[0]), UseDefaults: false)
            .WithTitle(title).WithAxisTitles(xTitle, yTitle).WithEveryCategoryLabelled();
    }
}
