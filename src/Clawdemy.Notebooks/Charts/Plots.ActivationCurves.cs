using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// The activation functions on one axis over z from -6 to 6: the S of sigmoid against the hinge of ReLU, and the
    /// others for comparison. With no arguments it draws all of <see cref="Clawdemy.Notebooks.Activations.All"/>.
    /// The title names what is drawn (one activation: its name and formula; several: their names). The y axis shows the
    /// curves' whole range with a margin of 0.1, but never beyond -2 to 2, so a sigmoid drawn with ReLU keeps its S.
    /// </summary>
    /// <param name="activations">The activations to compare.</param>
    /// <returns>The chart.</returns>
    public static GenericChart ActivationCurves(params Activation[] activations)
    {
        var chosen = activations is { Length: > 0 } ? activations : Clawdemy.Notebooks.Activations.All.ToArray();
        var curves = chosen.Select((a, i) => CSharpChart.Line<double, double, string>(ZRange, PlotlyParts.Round(ZRange.Select(a.Squish)),
            Name: $"{a.Name}: {a.Formula}", LineColor: PlotlyParts.ColorOf(Colors.Series[i % Colors.Series.Count]), LineWidth: 2.5, UseDefaults: false));
        var title = chosen.Length == 1 ? $"{chosen[0].Name}: f(z) = {chosen[0].Formula}"
            : chosen.Length == 2 ? $"{chosen[0].Name} and {chosen[1].Name} compared"
            : $"{chosen.Length} activation functions compared";
        var chart = CSharpChart.Combine(curves).WithTitle(title).WithAxisTitles("z = w·x + b", "activation f(z)");
        ChartStyle.Axis(chart, "yaxis", ("range", RangeOf(chosen.SelectMany(a => ZRange.Select(a.Squish)))));
        return ChartStyle.Axis(chart, "xaxis", ("zeroline", true));
    }

    /// <summary>
    /// f(w·x + b) for one input x, with a slider for the bias b: dragging it slides the curve left (positive b, an eager
    /// neuron) or right (negative b, a cautious one). The curve for b = 0 stays as a faint reference.
    /// </summary>
    /// <param name="activation">The squish; sigmoid when null.</param>
    /// <param name="weight">The weight w on the input.</param>
    /// <param name="biases">The slider's stops; -4 to 4 in steps of 0.5 when null.</param>
    /// <returns>The chart, with one slider.</returns>
    /// <exception cref="ArgumentException">When <paramref name="biases"/> is empty.</exception>
    public static GenericChart BiasSlider(Activation? activation = null, double weight = 1.0, double[]? biases = null)
    {
        var f = activation ?? Clawdemy.Notebooks.Activations.Sigmoid;
        var stops = biases ?? Enumerable.Range(-8, 17).Select(i => i / 2.0).ToArray();
        if (stops.Length == 0) throw new ArgumentException("The bias slider needs at least one stop.", nameof(biases));
        double[] Curve(double b) => PlotlyParts.Round(ZRange.Select(x => f.Squish(weight * x + b)));
        var active = Array.IndexOf(stops, 0.0) is var zero && zero >= 0 ? zero : 0;

        var reference = CSharpChart.Line<double, double, string>(ZRange, Curve(0), Name: "b = 0 (reference)",
            LineColor: PlotlyParts.ColorOf(Colors.Reference), LineWidth: 2, LineDash: StyleParam.DrawingStyle.Dash, UseDefaults: false);
        var moving = CSharpChart.Line<double, double, string>(ZRange, Curve(stops[active]), Name: $"{f.Name}({Text(weight)}·x + b)",
            LineColor: PlotlyParts.ColorOf(Colors.Series[0]), LineWidth: 3, UseDefaults: false);
        var half = new Shape().With(("type", "line"), ("x0", ZRange[0]), ("x1", ZRange[^1]), ("y0", 0.5), ("y1", 0.5),
            ("line", new Dictionary<string, object> { ["color"] = Colors.Reference, ["width"] = 1, ["dash"] = "dot" }));
        var note = new Annotation().With(("text", "half awake: f(z) = 0.5"), ("x", ZRange[^1]), ("y", 0.5), ("showarrow", false), ("xanchor", "right"), ("yanchor", "bottom"));
        var steps = stops.Select(b => PlotlyParts.Step(Text(b), "restyle", new Dictionary<string, object> { ["y"] = new[] { Curve(b) } }, new[] { 1 }));
        var chart = CSharpChart.Combine([reference, moving]).WithTitle($"The bias slides {f.Name} left and right").WithAxisTitles("input x", "activation")
            .WithLayout(("shapes", new[] { half }), ("annotations", new[] { note }), ("sliders", new[] { PlotlyParts.SliderOf(active, "bias b = ", steps) }), ("height", 480));
        return ChartStyle.Axis(chart, "yaxis", ("range", RangeOf(stops.SelectMany(Curve))));
    }

    /// <summary>The y range of some curves: their lowest and highest values with a margin of 0.1, kept within -2 to 2.</summary>
    private static double[] RangeOf(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        return [Math.Round(Math.Max(finite.Min() - 0.1, -2), 2), Math.Round(Math.Min(finite.Max() + 0.1, 2), 2)];
    }

    private static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
