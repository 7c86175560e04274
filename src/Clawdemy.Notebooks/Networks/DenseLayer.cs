namespace Clawdemy.Notebooks;

/// <summary>
/// A fully connected layer: a = f(W·x + b), with W an outputs × inputs weight matrix (row j holds the weights into
/// neuron j), b one bias per neuron, and f the activation applied to each entry.
/// </summary>
public sealed class DenseLayer
{
    /// <summary>Creates a layer from its parameters (copied).</summary>
    /// <param name="weights">The outputs × inputs weight matrix.</param>
    /// <param name="biases">One bias per output neuron.</param>
    /// <param name="activation">The squish.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the number of biases differs from the number of rows of the weights.</exception>
    public DenseLayer(Matrix<double> weights, Vector<double> biases, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (biases.Count != weights.RowCount)
        {
            throw new ArgumentException(
                $"The layer has {weights.RowCount} neurons (rows of weights) but {biases.Count} biases; every neuron needs exactly one bias.", nameof(biases));
        }

        Weights = weights.Clone();
        Biases = biases.Clone();
        Activation = activation ?? throw new ArgumentNullException(nameof(activation));
    }

    /// <summary>The weight matrix, outputs × inputs.</summary>
    public Matrix<double> Weights { get; }

    /// <summary>The biases, one per neuron.</summary>
    public Vector<double> Biases { get; }

    /// <summary>The squish.</summary>
    public Activation Activation { get; }

    /// <summary>How many inputs the layer takes.</summary>
    public int Inputs => Weights.ColumnCount;

    /// <summary>How many neurons the layer has.</summary>
    public int Outputs => Weights.RowCount;

    /// <summary>The weights into one neuron (a row of <see cref="Weights"/>), as a vector; for a first layer, its pixel template.</summary>
    /// <param name="neuron">The neuron's index, from 0.</param>
    /// <returns>A copy of the row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the index is outside 0 .. Outputs - 1.</exception>
    public Vector<double> WeightsInto(int neuron)
    {
        if (neuron < 0 || neuron >= Outputs)
        {
            throw new ArgumentOutOfRangeException(nameof(neuron), neuron, $"The layer has neurons 0 to {Outputs - 1}.");
        }

        return Weights.Row(neuron);
    }

    /// <summary>The pre-activations z = W·x + b.</summary>
    /// <param name="inputs">One value per input.</param>
    /// <returns>A new vector, one entry per neuron.</returns>
    /// <exception cref="ArgumentException">When the input length differs from <see cref="Inputs"/>.</exception>
    public Vector<double> PreActivations(Vector<double> inputs)
    {
        Require.Length(inputs, Inputs, "input to this layer", nameof(inputs));
        return Weights * inputs + Biases;
    }

    /// <summary>The activations a = f(W·x + b).</summary>
    /// <param name="inputs">One value per input.</param>
    /// <returns>A new vector, one activation per neuron.</returns>
    /// <exception cref="ArgumentException">When the input length differs from <see cref="Inputs"/>.</exception>
    public Vector<double> Forward(Vector<double> inputs) => Activation.Squish(PreActivations(inputs));
}
