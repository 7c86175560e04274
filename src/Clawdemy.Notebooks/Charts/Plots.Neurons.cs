using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// A waterfall of one evaluation: each input's contribution x_i·w_i as a floating bar that starts where the running
    /// sum stands, then the bias, then z as a bar from zero. Blue adds, red takes away; the note gives f(z).
    /// </summary>
    /// <param name="trace">An evaluation, from <see cref="Neuron.Trace(double[])"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="trace"/> is null.</exception>
    public static GenericChart Contributions(NeuronTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var (labels, bars) = Waterfall(trace.Contributions.ToArray(), trace.Bias);
        return bars.WithTitle($"Where z = {Format.Number(trace.Z)} comes from").WithAxisTitles("step", "running sum")
            .WithLayout(("annotations", new[] { Note($"{trace.Activation.Name}(z) = {Format.Number(trace.Output)}", labels[^1], trace.Z) }), ("showlegend", false));
    }

    /// <summary>
    /// A waterfall of a weighted sum alone, before any bias or squish: each product x_i·w_i as a floating bar that starts
    /// where the running sum stands, then w·x as a bar from zero. Blue adds, red takes away.
    /// </summary>
    /// <param name="inputs">The inputs x.</param>
    /// <param name="weights">The weights w, one per input.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">When either vector is null.</exception>
    /// <exception cref="ArgumentException">When the lengths differ.</exception>
    public static GenericChart Contributions(Vector<double> inputs, Vector<double> weights)
    {
        var products = NeuronMath.Contributions(inputs, weights).ToArray();
        return Waterfall(products, null).Bar.WithTitle($"Where w·x = {Format.Number(products.Sum())} comes from").WithAxisTitles("step", "running sum")
            .WithLayout(("showlegend", false));
    }

    /// <summary>
    /// The contributions waterfall of one neuron, with a slider for one of its weights: drag it and watch that input's
    /// bar (coloured by the sign it has at that stop), z and the activation change while everything else stays put.
    /// The note on the z bar names the activation, f(z) = …, at every stop, the first included.
    /// </summary>
    /// <param name="neuron">The neuron.</param>
    /// <param name="inputs">One input per weight.</param>
    /// <param name="weight">Which weight the slider moves, counted from 1 as the chart labels them (w1, w2, …).</param>
    /// <param name="weights">The slider's stops; -1 to 1 in steps of 0.1 when null.</param>
    /// <returns>The chart, with one slider.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="weight"/> is not a weight of the neuron.</exception>
    public static GenericChart WeightSlider(Neuron neuron, double[] inputs, int weight, double[]? weights = null)
    {
        ArgumentNullException.ThrowIfNull(neuron);
        return WeightSlider(neuron.Weights, weight, weights, w =>
        {
            var changed = neuron.Weights.Clone();
            changed[weight - 1] = w;
            var t = new Neuron(changed, neuron.Bias, neuron.Activation).Trace(inputs);
            return (t.Contributions.ToArray(), t.Bias, $"{t.Activation.Name}(z) = {Format.Number(t.Output)}");
        }, $"Drag w{weight}: watch z and {neuron.Activation.Name}(z)");
    }

    /// <summary>
    /// The weighted-sum waterfall (no bias, no squish) with a slider for one weight: drag it and watch that input's bar,
    /// coloured by the sign it has at that stop, and the weighted sum w·x (in the note on its bar) change while the other
    /// inputs stay put.
    /// </summary>
    /// <param name="inputs">The inputs x.</param>
    /// <param name="weights">The weights w, one per input.</param>
    /// <param name="weight">Which weight the slider moves, counted from 1 as the chart labels them (w1, w2, …).</param>
    /// <param name="stops">The slider's stops; -1 to 1 in steps of 0.1 when null.</param>
    /// <returns>The chart, with one slider.</returns>
    /// <exception cref="ArgumentException">When the lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="weight"/> is not one of the weights.</exception>
    public static GenericChart WeightSlider(Vector<double> inputs, Vector<double> weights, int weight, double[]? stops = null)
    {
        Require.OneWeightPerInput(inputs, weights);
        return WeightSlider(weights, weight, stops, w =>
        {
            var changed = weights.Clone();
            changed[weight - 1] = w;
            var products = NeuronMath.Contributions(inputs, changed).ToArray();
            return (products, (double?)null, $"w·x = {Format.Number(products.Sum())}");
        }, $"Drag w{weight}: watch its bar and w·x");
    }

    private static GenericChart WeightSlider(Vector<double> weights, int weight, double[]? stops, Func<double, (double[] Contributions, double? Bias, string Name)> evaluate, string title)
    {
        if (weight < 1 || weight > weights.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"There are weights w1 to w{weights.Count}.");
        }

        var weightIndex = weight - 1;
        var values = stops ?? Enumerable.Range(-10, 21).Select(i => i / 10.0).ToArray();
        var current = Array.FindIndex(values, w => Math.Abs(w - weights[weightIndex]) < 1e-9);
        var active = current >= 0 ? current : 0;
        var first = evaluate(values[active]);
        var (labels, bar) = Waterfall(first.Contributions, first.Bias);
        var steps = values.Select(w =>
        {
            var moved = evaluate(w);
            var stop = Bars(moved.Contributions, moved.Bias);
            return PlotlyParts.Step(
                Text(w),
                "update",
                new Dictionary<string, object>
                {
                    ["y"] = new[] { stop.Heights },
                    ["base"] = new[] { stop.Bases },
                    ["text"] = new[] { stop.Text },
                    ["marker.color"] = new[] { stop.Colors },
                },
                new Dictionary<string, object> { ["annotations[0].text"] = moved.Name, ["annotations[0].y"] = Math.Round(Total(moved), 4) },
                new[] { 0 });
        });
        return bar.WithTitle(title).WithAxisTitles("step", "running sum").WithLayout(
            ("annotations", new[] { Note(first.Name, labels[^1], Total(first)) }),
            ("sliders", new[] { PlotlyParts.SliderOf(active, $"w{weightIndex + 1} = ", steps) }),
            ("showlegend", false),
            ("height", 480));
    }

    /// <summary>The waterfall's bars: each step floats on the running sum before it; the last, the total, stands on zero.</summary>
    private sealed record WaterfallBars(string[] Labels, double[] Bases, double[] Heights, string[] Colors, string[] Text);

    private static WaterfallBars Bars(double[] products, double? bias)
    {
        var named = products.Select((_, i) => $"x{i + 1}·w{i + 1}");
        var labels = (bias is null ? named.Append("w·x") : named.Append("bias b").Append("z")).ToArray();
        var steps = bias is { } b ? products.Append(b).ToArray() : products;
        var bases = new double[steps.Length + 1];
        var heights = new double[steps.Length + 1];
        var colors = new string[steps.Length + 1];
        var running = 0.0;
        for (var i = 0; i < steps.Length; i++)
        {
            bases[i] = Math.Round(running, 4);
            heights[i] = Math.Round(steps[i], 4);
            colors[i] = steps[i] >= 0 ? Clawdemy.Notebooks.Colors.Positive : Clawdemy.Notebooks.Colors.Negative;
            running += steps[i];
        }

        heights[^1] = Math.Round(running, 4);
        colors[^1] = Clawdemy.Notebooks.Colors.Total;
        var text = heights.Select((h, i) => (i < steps.Length && h > 0 ? "+" : "") + Format.Number(h)).ToArray();
        return new WaterfallBars(labels, bases, heights, colors, text);
    }

    private static (string[] Labels, GenericChart Bar) Waterfall(double[] products, double? bias)
    {
        var bars = Bars(products, bias);
        var chart = CSharpChart.Column<double, string, string>(bars.Heights, Keys: bars.Labels, Name: "contribution", MultiText: bars.Text,
                TextPosition: StyleParam.TextPosition.Outside, MarkerColor: PlotlyParts.ColorsOf(bars.Colors), UseDefaults: false)
            .WithTraceAttributes(("base", bars.Bases));
        return (bars.Labels, chart);
    }

    private static double Total((double[] Contributions, double? Bias, string Name) evaluation) => evaluation.Contributions.Sum() + (evaluation.Bias ?? 0);

    private static Annotation Note(string text, string x, double y) =>
        new Annotation().With(("text", text), ("x", x), ("y", Math.Round(y, 4)), ("showarrow", true), ("ay", -45), ("standoff", 18));
}
