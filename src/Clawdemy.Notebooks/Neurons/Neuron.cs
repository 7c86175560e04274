namespace Clawdemy.Notebooks;

/// <summary>
/// One artificial neuron: weights, a bias and an activation. Its output is activation = f(w·x + b).
/// A neuron's behaviour lives in its parameter values (the weights and the bias); the formula never changes.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class Neuron : IHtmlRenderable
{
    /// <summary>Creates a neuron.</summary>
    /// <param name="weights">One weight per input; copied, so later changes to the vector do not reach the neuron.</param>
    /// <param name="bias">The bias b: the neuron's lean before it looks at any input.</param>
    /// <param name="activation">The squish f.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="weights"/> or <paramref name="activation"/> is null.</exception>
    /// <exception cref="ArgumentException">When there are no weights.</exception>
    public Neuron(Vector<double> weights, double bias, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0) throw new ArgumentException("A neuron needs at least one weight.", nameof(weights));
        Weights = weights.Clone();
        Bias = bias;
        Activation = activation ?? throw new ArgumentNullException(nameof(activation));
    }

    /// <inheritdoc cref="Neuron(Vector{double}, double, Activation)"/>
    public Neuron(double[] weights, double bias, Activation activation)
        : this(Require.Vector(weights, nameof(weights)), bias, activation)
    {
    }

    /// <summary>The weights w, one per input (a copy: changing it does not change the neuron).</summary>
    public Vector<double> Weights { get; }

    /// <summary>The bias b.</summary>
    public double Bias { get; }

    /// <summary>The activation f.</summary>
    public Activation Activation { get; }

    /// <summary>The number of parameters: one per weight plus one bias.</summary>
    public int ParameterCount => Weights.Count + 1;

    /// <summary>The same weights and bias with another squish: the structure stays, the activation changes.</summary>
    /// <param name="activation">The other activation.</param>
    /// <returns>A new neuron.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="activation"/> is null.</exception>
    public Neuron WithActivation(Activation activation) => new(Weights, Bias, activation);

    /// <summary>The pre-activation z = w·x + b.</summary>
    /// <param name="inputs">One input per weight.</param>
    /// <returns>z.</returns>
    /// <exception cref="ArgumentException">When the number of inputs differs from the number of weights.</exception>
    public double PreActivation(Vector<double> inputs) => NeuronMath.PreActivation(inputs, Weights, Bias);

    /// <summary>The activation f(w·x + b).</summary>
    /// <param name="inputs">One input per weight.</param>
    /// <returns>The neuron's output.</returns>
    /// <exception cref="ArgumentException">When the number of inputs differs from the number of weights.</exception>
    public double Output(Vector<double> inputs) => Activation.Squish(PreActivation(inputs));

    /// <inheritdoc cref="Output(Vector{double})"/>
    public double Output(params double[] inputs) => Output(Require.Vector(inputs, nameof(inputs)));

    /// <summary>Evaluates the neuron once and keeps every step: inputs, weights, contributions x_i·w_i, their sum, bias, z and activation.</summary>
    /// <param name="inputs">One input per weight.</param>
    /// <returns>The trace, which a notebook shows as a table.</returns>
    /// <exception cref="ArgumentException">When the number of inputs differs from the number of weights.</exception>
    public NeuronTrace Trace(Vector<double> inputs)
    {
        var contributions = NeuronMath.Contributions(inputs, Weights);
        var sum = contributions.Sum();
        var z = NeuronMath.AddBias(sum, Bias);
        return new NeuronTrace(inputs.Clone(), Weights.Clone(), contributions, sum, Bias, z, Activation, Activation.Squish(z));
    }

    /// <inheritdoc cref="Trace(Vector{double})"/>
    public NeuronTrace Trace(params double[] inputs) => Trace(Require.Vector(inputs, nameof(inputs)));

    /// <summary>A playground for this neuron, starting at the given inputs: change any number or the squish and watch every step follow.</summary>
    /// <param name="inputs">The starting inputs, one per weight.</param>
    /// <returns>The playground, which a notebook shows as live fields and a chart.</returns>
    /// <exception cref="ArgumentException">When the number of inputs differs from the number of weights, or the squish is neither Sigmoid nor ReLU.</exception>
    public NeuronPlayground Playground(params double[] inputs) => new(this, Require.Vector(inputs, nameof(inputs)));

    /// <summary>A one-line description, such as "Neuron(3 weights, bias 0.1, Sigmoid)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Neuron({Weights.Count} weights, bias {Format.Number(Bias)}, {Activation.Name})";

    /// <summary>The neuron as an HTML table of its parameters.</summary>
    /// <returns>An HTML fragment.</returns>
    public string ToHtmlFragment() => Html.Table(
        ["parameter", "value"],
        Weights.Select((w, i) => new[] { $"w{i + 1}", Format.Number(w) })
            .Append(["b", Format.Number(Bias)])
            .Append(["f", Activation.ToString()]),
        caption: ToString());
}
