namespace Clawdemy.Notebooks;

/// <summary>Argument checks whose messages a learner can act on.</summary>
internal static class Require
{
    public static void OneWeightPerInput(Vector<double> inputs, Vector<double> weights)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(weights);
        if (inputs.Count != weights.Count)
        {
            throw new ArgumentException(
                $"The inputs have {inputs.Count} values but the weights have {weights.Count}; every input needs exactly one weight.",
                nameof(weights));
        }
    }

    public static Vector<double> Vector(double[] values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        return Vector<double>.Build.DenseOfArray((double[])values.Clone());
    }

    public static void Length(Vector<double> vector, int expected, string what, string name)
    {
        ArgumentNullException.ThrowIfNull(vector, name);
        if (vector.Count != expected)
        {
            throw new ArgumentException($"The {what} has {vector.Count} values but {expected} are needed.", name);
        }
    }
}
