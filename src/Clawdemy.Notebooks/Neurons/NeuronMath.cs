namespace Clawdemy.Notebooks;

/// <summary>
/// The lesson's three steps as three calls: <see cref="WeightedSum(Vector{double}, Vector{double})"/>,
/// <see cref="AddBias"/>, <see cref="Squish(double, Activation)"/>.
/// In a notebook, <c>using static Clawdemy.Notebooks.NeuronMath;</c> lets a cell read like the sentence:
/// <c>Squish(AddBias(WeightedSum(inputs, weights), bias), Activations.Sigmoid)</c>.
/// </summary>
public static class NeuronMath
{
    /// <summary>
    /// The weighted sum w·x = w1·x1 + w2·x2 + ... + wn·xn: each input times its connection's weight, added up.
    /// Edges: empty vectors give 0; a NaN anywhere gives NaN; ∞ · 0 gives NaN.
    /// </summary>
    /// <param name="inputs">The inputs x (the previous layer's activations).</param>
    /// <param name="weights">The weights w, one per input.</param>
    /// <returns>The weighted sum.</returns>
    /// <exception cref="ArgumentNullException">When either vector is null.</exception>
    /// <exception cref="ArgumentException">When the lengths differ; the message names both.</exception>
    public static double WeightedSum(Vector<double> inputs, Vector<double> weights)
    {
        Require.OneWeightPerInput(inputs, weights);
        return inputs.DotProduct(weights);
    }

    /// <inheritdoc cref="WeightedSum(Vector{double}, Vector{double})"/>
    public static double WeightedSum(double[] inputs, double[] weights) =>
        WeightedSum(Require.Vector(inputs, nameof(inputs)), Require.Vector(weights, nameof(weights)));

    /// <summary>
    /// Each input's contribution to the weighted sum, c_i = x_i · w_i (pointwise product); they add up to the weighted sum.
    /// A large positive weight boosts its input, a negative one dampens the sum, a weight near zero ignores its input.
    /// Edges: empty vectors give an empty vector; NaN stays NaN in its own entry.
    /// </summary>
    /// <param name="inputs">The inputs x.</param>
    /// <param name="weights">The weights w, one per input.</param>
    /// <returns>A new vector of contributions, one per input.</returns>
    /// <exception cref="ArgumentNullException">When either vector is null.</exception>
    /// <exception cref="ArgumentException">When the lengths differ; the message names both.</exception>
    public static Vector<double> Contributions(Vector<double> inputs, Vector<double> weights)
    {
        Require.OneWeightPerInput(inputs, weights);
        return inputs.PointwiseMultiply(weights);
    }

    /// <inheritdoc cref="Contributions(Vector{double}, Vector{double})"/>
    public static Vector<double> Contributions(double[] inputs, double[] weights) =>
        Contributions(Require.Vector(inputs, nameof(inputs)), Require.Vector(weights, nameof(weights)));

    /// <summary>
    /// Adds the bias to the weighted sum: z = weightedSum + bias. The bias is the neuron's lean before it looks at any
    /// input: negative makes it cautious (it needs more evidence to wake up), positive makes it eager.
    /// Edges: follows IEEE arithmetic, so NaN gives NaN and ∞ + (-∞) gives NaN.
    /// </summary>
    /// <param name="weightedSum">The weighted sum w·x.</param>
    /// <param name="bias">The bias b.</param>
    /// <returns>The pre-activation z.</returns>
    public static double AddBias(double weightedSum, double bias) => weightedSum + bias;

    /// <summary>
    /// The pre-activation z = w·x + b in one call: <see cref="WeightedSum(Vector{double}, Vector{double})"/> then <see cref="AddBias"/>.
    /// </summary>
    /// <param name="inputs">The inputs x.</param>
    /// <param name="weights">The weights w, one per input.</param>
    /// <param name="bias">The bias b.</param>
    /// <returns>z = w·x + b.</returns>
    /// <exception cref="ArgumentNullException">When either vector is null.</exception>
    /// <exception cref="ArgumentException">When the lengths differ; the message names both.</exception>
    public static double PreActivation(Vector<double> inputs, Vector<double> weights, double bias) =>
        AddBias(WeightedSum(inputs, weights), bias);

    /// <inheritdoc cref="PreActivation(Vector{double}, Vector{double}, double)"/>
    public static double PreActivation(double[] inputs, double[] weights, double bias) =>
        AddBias(WeightedSum(inputs, weights), bias);

    /// <summary>Squishes the pre-activation: activation = f(z), with f the chosen activation.</summary>
    /// <param name="z">The pre-activation. What NaN and ±∞ give depends on the activation (see <see cref="Activations"/>).</param>
    /// <param name="activation">The squish, such as <see cref="Activations.Sigmoid"/>.</param>
    /// <returns>f(z).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="activation"/> is null.</exception>
    public static double Squish(double z, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        return activation.Squish(z);
    }

    /// <summary>Builds a MathNet vector from numbers, so a cell can write <c>Vec(0.5, 0.8, 0.2)</c>.</summary>
    /// <param name="values">The entries, in order.</param>
    /// <returns>A new dense vector holding a copy of the values.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="values"/> is null.</exception>
    public static Vector<double> Vec(params double[] values) => Require.Vector(values, nameof(values));
}
