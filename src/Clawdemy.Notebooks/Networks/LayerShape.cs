namespace Clawdemy.Notebooks;

/// <summary>
/// One layer of connections in a network shape: every one of <see cref="Inputs"/> neurons feeds every one of
/// <see cref="Outputs"/> neurons. It holds inputs × outputs weights and one bias per output neuron.
/// </summary>
/// <param name="Number">The layer's number, 1 for the first layer after the input.</param>
/// <param name="Inputs">How many neurons feed this layer.</param>
/// <param name="Outputs">How many neurons this layer has.</param>
public sealed record LayerShape(int Number, int Inputs, int Outputs)
{
    /// <summary>The weights: inputs × outputs, exact in 64 bits.</summary>
    public long Weights => (long)Inputs * Outputs;

    /// <summary>The biases: one per neuron of the layer.</summary>
    public long Biases => Outputs;

    /// <summary>Weights plus biases.</summary>
    public long Parameters => checked(Weights + Biases);

    /// <summary>The count as the lesson writes it, such as "784×16 + 16 = 12,560".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Format.Count(Inputs)}×{Format.Count(Outputs)} + {Format.Count(Outputs)} = {Format.Count(Parameters)}";
}
