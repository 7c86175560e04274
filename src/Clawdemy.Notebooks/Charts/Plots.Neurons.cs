namespace Clawdemy.Notebooks.Charts;

public static partial class Plots
{
    /// <summary>
    /// A waterfall of one evaluation: each input's contribution x_i·w_i as a floating bar that starts where the running
    /// sum stands, then the bias, then z as a bar from zero. Blue adds, red takes away; the note gives f(z).
    /// </summary>
    /// <param name="trace">An evaluation, from <see cref="Neuron.Trace(double[])"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="trace"/> is null.</exception>
    public static Figure Contributions(NeuronTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var (labels, bars) = Waterfall(trace.Products.ToArray(), trace.Bias);
        var figure = Figure.Of(bars);
        figure.WithTitle($"Where z = {Format.Number(trace.Z)} comes from").WithAxisTitles("step", "running sum");
        figure.Layout.Annotations =
        [
            new Annotation { Text = $"{trace.Activation.Name}(z) = {Format.Number(trace.Output)}", X = labels[^1], Y = trace.Z, ShowArrow = true, AY = -40 },
        ];
        figure.Layout.ShowLegend = false;
        return figure;
    }

    /// <summary>
    /// The contributions waterfall of one neuron, with a slider for one of its weights: drag it and watch that input's
    /// bar, z and the activation change while everything else stays put.
    /// </summary>
    /// <param name="neuron">The neuron.</param>
    /// <param name="inputs">One input per weight.</param>
    /// <param name="weightIndex">Which weight the slider moves, from 0.</param>
    /// <param name="weights">The slider's stops; -1 to 1 in steps of 0.1 when null.</param>
    /// <returns>The figure, with one slider.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="weightIndex"/> is not a weight of the neuron.</exception>
    public static Figure WeightSlider(Neuron neuron, double[] inputs, int weightIndex, double[]? weights = null)
    {
        ArgumentNullException.ThrowIfNull(neuron);
        if (weightIndex < 0 || weightIndex >= neuron.Weights.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(weightIndex), weightIndex, $"The neuron has weights 0 to {neuron.Weights.Count - 1}.");
        }

        var stops = weights ?? Enumerable.Range(-10, 21).Select(i => i / 10.0).ToArray();
        NeuronTrace TraceWith(double w)
        {
            var changed = neuron.Weights.Clone();
            changed[weightIndex] = w;
            return new Neuron(changed, neuron.Bias, neuron.Activation).Trace(inputs);
        }

        var current = Array.FindIndex(stops, w => Math.Abs(w - neuron.Weights[weightIndex]) < 1e-9);
        var active = current >= 0 ? current : 0;
        var figure = Contributions(TraceWith(stops[active]));
        figure.Layout.Annotations = null;
        figure.WithTitle($"Drag weight w{weightIndex + 1} and watch z and {neuron.Activation.Name}(z)");
        figure.Layout.Sliders =
        [
            new Slider
            {
                Active = active,
                CurrentValue = new SliderValue($"w{weightIndex + 1} = "),
                Steps = stops.Select(w =>
                {
                    var t = TraceWith(w);
                    var bar = Waterfall(t.Products.ToArray(), t.Bias).Bar;
                    return SliderStep.Restyle(Text(w), new Dictionary<string, object>
                    {
                        ["y"] = new[] { (double[])bar.Y! },
                        ["base"] = new[] { bar.Base! },
                        ["text"] = new[] { (string[])bar.Text! },
                        ["name"] = new[] { $"{t.Activation.Name}(z) = {Format.Number(t.Output)}" },
                    }, 0);
                }).ToList(),
            },
        ];
        figure.Layout.ShowLegend = true;
        figure.Layout.Height = 480;
        return figure;
    }

    private static (string[] Labels, BarTrace Bar) Waterfall(double[] products, double bias)
    {
        var labels = products.Select((_, i) => $"x{i + 1}·w{i + 1}").Append("bias b").Append("z").ToArray();
        var steps = products.Append(bias).ToArray();
        var bases = new double[steps.Length + 1];
        var heights = new double[steps.Length + 1];
        var colors = new string[steps.Length + 1];
        var running = 0.0;
        for (var i = 0; i < steps.Length; i++)
        {
            bases[i] = Math.Round(running, 4);
            heights[i] = Math.Round(steps[i], 4);
            colors[i] = steps[i] >= 0 ? Colors.Positive : Colors.Negative;
            running += steps[i];
        }

        heights[^1] = Math.Round(running, 4);
        colors[^1] = Colors.Total;
        var text = heights.Select((h, i) => (i < steps.Length && h > 0 ? "+" : "") + Format.Number(h)).ToArray();
        var bar = new BarTrace
        {
            Name = "contribution",
            X = labels,
            Y = heights,
            Base = bases,
            Text = text,
            TextPosition = "outside",
            Marker = new Marker(colors),
        };
        return (labels, bar);
    }
}
