namespace Clawdemy.Notebooks;

/// <summary>
/// The lesson's sentence as a chain, read left to right:
/// <c>inputs.WeightedSum(weights).AddBias(b).Squish(Activations.ReLU)</c>. Each step is the <see cref="NeuronMath"/>
/// step of the same name, which <c>using static Clawdemy.Notebooks.NeuronMath;</c> brings in as plain calls; the chain
/// lives in a class of its own because <c>using static</c> does not bring extension methods in as plain calls.
/// </summary>
public static class NeuronChain
{
    /// <inheritdoc cref="NeuronMath.WeightedSum(Vector{double}, Vector{double})"/>
    public static double WeightedSum(this Vector<double> inputs, Vector<double> weights) => NeuronMath.WeightedSum(inputs, weights);

    /// <inheritdoc cref="NeuronMath.WeightedSum(double[], double[])"/>
    public static double WeightedSum(this double[] inputs, double[] weights) => NeuronMath.WeightedSum(inputs, weights);

    /// <inheritdoc cref="NeuronMath.AddBias(double, double)"/>
    public static double AddBias(this double weightedSum, double bias) => NeuronMath.AddBias(weightedSum, bias);

    /// <inheritdoc cref="NeuronMath.Squish(double, Activation)"/>
    public static double Squish(this double z, Activation activation) => NeuronMath.Squish(z, activation);
}
