using System.Globalization;
using System.Text;

namespace Clawdemy.Notebooks;

/// <summary>
/// A neuron to play with, no code: number fields for the inputs x1..xn, the weights w1..wn and the bias b, a choice of
/// squish (Sigmoid or ReLU), live outputs for each contribution x_i·w_i, the weighted sum, z = w·x + b and the
/// activation f(z), and the contributions waterfall following every change. It shows as an HTML output with its own
/// script (no inline event handlers, no network), so it works in a handout offline, in VS Code and in Jupyter front ends.
/// The markup is a contract: a container with the attribute <c>data-neuron-playground</c>, inputs named
/// <c>x1 x2 x3 w1 w2 w3 b</c>, a select named <c>activation</c>, and <c>output</c> elements named <c>c1</c>…,
/// <c>sum</c>, <c>z</c> and <c>a</c> (the activation). Without script it still shows the starting numbers.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class NeuronPlayground : IHtmlRenderable
{
    /// <summary>The squishes a learner can choose, by name; the script knows the same two.</summary>
    public static IReadOnlyList<Activation> Choices { get; } = [Activations.Sigmoid, Activations.ReLU];

    private static int _shown;

    /// <summary>Creates a playground that starts at a neuron's weights, bias and squish and at the given inputs.</summary>
    /// <param name="neuron">The starting neuron; its activation must be one of <see cref="Choices"/>.</param>
    /// <param name="inputs">The starting inputs, one per weight.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the inputs do not match the weights, or the squish is not a choice.</exception>
    public NeuronPlayground(Neuron neuron, Vector<double> inputs)
    {
        ArgumentNullException.ThrowIfNull(neuron);
        Require.OneWeightPerInput(inputs, neuron.Weights);
        if (!Choices.Any(c => c.Name == neuron.Activation.Name))
        {
            throw new ArgumentException($"The playground offers {string.Join(" and ", Choices.Select(c => c.Name))}, not {neuron.Activation.Name}.", nameof(neuron));
        }

        Neuron = neuron;
        Inputs = inputs.Clone();
    }

    /// <summary>The neuron it starts from.</summary>
    public Neuron Neuron { get; }

    /// <summary>The inputs it starts from (a copy).</summary>
    public Vector<double> Inputs { get; }

    /// <summary>The starting evaluation, which the fields and the chart show before anything is changed.</summary>
    public NeuronTrace Start => Neuron.Trace(Inputs);

    /// <summary>A one-line description, such as "Neuron playground: inputs 0.5, 0.8, 0.2; Neuron(3 weights, bias 0.1, Sigmoid)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Neuron playground: inputs {string.Join(", ", Inputs.Select(Format.Number))}; {Neuron}";

    /// <summary>The playground's fields, outputs, chart and script as one HTML fragment.</summary>
    /// <returns>An HTML fragment with its own script.</returns>
    public string ToHtmlFragment()
    {
        var start = Start;
        var id = $"clawdemy-playground-{Interlocked.Increment(ref _shown)}";
        var cell = "style=\"padding: 0.25em 0.4em; white-space: nowrap;\"";
        var html = new StringBuilder()
            .Append("<div class=\"clawdemy-playground\" id=\"").Append(id).Append("\" data-neuron-playground data-inputs=\"").Append(Inputs.Count)
            .Append("\" data-positive=\"").Append(Colors.Positive).Append("\" data-negative=\"").Append(Colors.Negative).Append("\" data-total=\"").Append(Colors.Total)
            .Append("\" style=\"border: 1px solid #d0d7de; border-radius: 6px; padding: 0.6em; max-width: 100%;\">\n")
            .Append("<div style=\"overflow-x: auto;\"><table style=\"border-collapse: collapse; margin: 0;\">\n")
            .Append("<caption style=\"text-align: left; padding-bottom: 0.3em;\">Change any number or the squish; everything below follows.</caption>\n")
            .Append("<thead><tr><th ").Append(cell).Append(">input x</th><th ").Append(cell).Append(">weight w</th><th ").Append(cell).Append(">x·w</th></tr></thead><tbody>\n");
        for (var i = 0; i < Inputs.Count; i++)
        {
            var n = i + 1;
            html.Append("<tr><td ").Append(cell).Append('>').Append(Field($"x{n}", Inputs[i], $"input x{n}"))
                .Append("</td><td ").Append(cell).Append(">× ").Append(Field($"w{n}", Neuron.Weights[i], $"weight w{n}"))
                .Append("</td><td ").Append(cell).Append(">= <output name=\"c").Append(n).Append("\">").Append(Signed(start.Contributions[i])).Append("</output></td></tr>\n");
        }

        html.Append("</tbody></table></div>\n")
            .Append("<p style=\"margin: 0.5em 0;\">weighted sum w·x = <output name=\"sum\">").Append(Format.Number(start.WeightedSum)).Append("</output></p>\n")
            .Append("<p style=\"margin: 0.5em 0;\"><label>bias b = ").Append(Field("b", Neuron.Bias, "bias b")).Append("</label></p>\n")
            .Append("<p style=\"margin: 0.5em 0;\">z = w·x + b = <output name=\"z\">").Append(Format.Number(start.Z)).Append("</output></p>\n")
            .Append("<p style=\"margin: 0.5em 0;\"><label>squish <select name=\"activation\">");
        foreach (var choice in Choices)
        {
            html.Append("<option value=\"").Append(choice.Name).Append('"').Append(choice.Name == Neuron.Activation.Name ? " selected" : "").Append('>')
                .Append(Html.Escape(choice.ToString())).Append("</option>");
        }

        html.Append("</select></label></p>\n")
            .Append("<p style=\"margin: 0.5em 0; font-size: 1.1em;\">activation <span data-squish-name>").Append(Neuron.Activation.Name).Append("</span>(z) = <strong><output name=\"a\">")
            .Append(Format.Number(start.Output)).Append("</output></strong></p>\n")
            .Append("<div class=\"").Append(ChartClass).Append("\" data-figure=\"").Append(Html.Escape(Plotly.NET.GenericChart.toFigureJson(Plots.Contributions(start))))
            .Append("\" style=\"width: 100%; height: 420px;\"></div>\n")
            .Append("<script type=\"text/javascript\">\n(function () {\n").Append(Script).Append("clawdemyPlayground(document.getElementById('").Append(id).Append("'));\n})();\n</script>\n")
            .Append("</div>");
        return html.ToString();
    }

    /// <summary>
    /// The class of the element the playground draws its waterfall into, the one charts draw into in a handout too: the
    /// handouts inline plotly.js for an output that carries it. Its <c>data-figure</c> holds the chart's plotly.js JSON.
    /// </summary>
    public const string ChartClass = "clawdemy-figure";

    private static string Script { get; } = ReadScript("neuron-playground.js");

    private static string ReadScript(string name)
    {
        using var stream = typeof(NeuronPlayground).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The library's script {name} is missing from its resources.");
        return new StreamReader(stream).ReadToEnd();
    }

    private static string Field(string name, double value, string label) =>
        $"<input type=\"number\" name=\"{name}\" value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\" step=\"0.1\" inputmode=\"decimal\" aria-label=\"{label}\" style=\"width: 5.5em; font: inherit;\">";

    private static string Signed(double value) => (value > 0 ? "+" : "") + Format.Number(value);
}
