namespace Clawdemy.Notebooks;

/// <summary>
/// Every step of one neuron evaluation: the inputs x, the weights w, the products x_i·w_i, their sum w·x,
/// the bias b, the pre-activation z = w·x + b and the activation f(z). A notebook shows it as a table.
/// </summary>
/// <param name="Inputs">The inputs x.</param>
/// <param name="Weights">The weights w.</param>
/// <param name="Contributions">Each input's contribution x_i·w_i.</param>
/// <param name="WeightedSum">The sum of the contributions, w·x.</param>
/// <param name="Bias">The bias b.</param>
/// <param name="Z">The pre-activation z = w·x + b.</param>
/// <param name="Activation">The squish f.</param>
/// <param name="Output">The activation f(z).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record NeuronTrace(
    Vector<double> Inputs,
    Vector<double> Weights,
    Vector<double> Contributions,
    double WeightedSum,
    double Bias,
    double Z,
    Activation Activation,
    double Output) : IHtmlRenderable
{
    /// <summary>The steps as rows of (step, value) text, the same rows the HTML table and <see cref="ToString"/> show.</summary>
    /// <returns>One row per input, then the sum, the bias, z and the activation.</returns>
    public IReadOnlyList<(string Step, string Value)> Rows()
    {
        var rows = new List<(string, string)>();
        for (var i = 0; i < Inputs.Count; i++)
        {
            rows.Add(($"x{i + 1} · w{i + 1}", $"{Format.Number(Inputs[i])} × {Format.Number(Weights[i])} = {Format.Number(Contributions[i])}"));
        }

        rows.Add(("weighted sum w·x", Format.Number(WeightedSum)));
        rows.Add(("+ bias b", Format.Number(Bias)));
        rows.Add(("z = w·x + b", Format.Number(Z)));
        rows.Add(($"{Activation.Name}(z)", Format.Number(Output)));
        return rows;
    }

    /// <summary>The trace as plain text, one step per line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Rows().Select(r => $"{r.Step,-18} {r.Value}"));

    /// <summary>The trace as an HTML table.</summary>
    /// <returns>An HTML fragment.</returns>
    public string ToHtmlFragment() => Html.Table(["step", "value"], Rows().Select(r => new[] { r.Step, r.Value }), caption: $"One evaluation, squished by {Activation.Name}");
}
