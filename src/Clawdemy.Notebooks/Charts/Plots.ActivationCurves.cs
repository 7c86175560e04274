using System.Globalization;
using Clawdemy.Notebooks.Plotly;

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
    /// <returns>The figure.</returns>
    public static Figure ActivationCurves(params Activation[] activations)
    {
        var chosen = activations is { Length: > 0 } ? activations : Clawdemy.Notebooks.Activations.All.ToArray();
        var figure = Figure.Of(chosen.Select((a, i) => (Trace)new ScatterTrace
        {
            Name = $"{a.Name}: {a.Formula}",
            X = ZRange,
            Y = ChartJson.Round(ZRange.Select(a.Squish)),
            Line = new Line(Colors.Series[i % Colors.Series.Count], 2.5),
        }).ToArray());
        var title = chosen.Length == 1 ? $"{chosen[0].Name}: f(z) = {chosen[0].Formula}"
            : chosen.Length == 2 ? $"{chosen[0].Name} and {chosen[1].Name} compared"
            : $"{chosen.Length} activation functions compared";
        figure.WithTitle(title).WithAxisTitles("z = w·x + b", "activation f(z)");
        figure.Layout.YAxis!.Range = RangeOf(chosen.SelectMany(a => ZRange.Select(a.Squish)));
        figure.Layout.XAxis!.ZeroLine = true;
        return figure;
    }

    /// <summary>
    /// f(w·x + b) for one input x, with a slider for the bias b: dragging it slides the curve left (positive b, an eager
    /// neuron) or right (negative b, a cautious one). The curve for b = 0 stays as a faint reference.
    /// </summary>
    /// <param name="activation">The squish; sigmoid when null.</param>
    /// <param name="weight">The weight w on the input.</param>
    /// <param name="biases">The slider's stops; -4 to 4 in steps of 0.5 when null.</param>
    /// <returns>The figure, with one slider.</returns>
    /// <exception cref="ArgumentException">When <paramref name="biases"/> is empty.</exception>
    public static Figure BiasSlider(Activation? activation = null, double weight = 1.0, double[]? biases = null)
    {
        var f = activation ?? Clawdemy.Notebooks.Activations.Sigmoid;
        var stops = biases ?? Enumerable.Range(-8, 17).Select(i => i / 2.0).ToArray();
        if (stops.Length == 0) throw new ArgumentException("The bias slider needs at least one stop.", nameof(biases));
        double[] Curve(double b) => ChartJson.Round(ZRange.Select(x => f.Squish(weight * x + b)));
        var active = Array.IndexOf(stops, 0.0) is var zero && zero >= 0 ? zero : 0;

        var figure = Figure.Of(
            new ScatterTrace { Name = "b = 0 (reference)", X = ZRange, Y = Curve(0), Line = new Line(Colors.Reference, 2, LineDash.Dash) },
            new ScatterTrace { Name = $"{f.Name}({Text(weight)}·x + b)", X = ZRange, Y = Curve(stops[active]), Line = new Line(Colors.Series[0], 3) });
        figure.WithTitle($"The bias slides {f.Name} left and right").WithAxisTitles("input x", "activation");
        figure.Layout.YAxis!.Range = RangeOf(stops.SelectMany(Curve));
        figure.Layout.Shapes =
        [
            new Shape { Type = ShapeType.Line, X0 = ZRange[0], X1 = ZRange[^1], Y0 = 0.5, Y1 = 0.5, Line = new Line(Colors.Reference, 1, LineDash.Dot) },
        ];
        figure.Layout.Annotations = [new Annotation { Text = "half awake: f(z) = 0.5", X = ZRange[^1], Y = 0.5, ShowArrow = false, XAnchor = XAnchor.Right, YAnchor = YAnchor.Bottom }];
        figure.Layout.Sliders =
        [
            new Slider
            {
                Active = active,
                CurrentValue = new SliderValue("bias b = "),
                Steps = stops.Select(b => SliderStep.RestyleY(Text(b), [Curve(b)], 1)).ToList(),
            },
        ];
        figure.Layout.Height = 480;
        return figure;
    }

    /// <summary>The y range of some curves: their lowest and highest values with a margin of 0.1, kept within -2 to 2.</summary>
    private static double[] RangeOf(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        return [Math.Round(Math.Max(finite.Min() - 0.1, -2), 2), Math.Round(Math.Min(finite.Max() + 0.1, 2), 2)];
    }

    private static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
