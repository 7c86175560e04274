namespace Clawdemy.Notebooks;

/// <summary>A network read from a file, with what the file says about how it was made.</summary>
/// <param name="Network">The network.</param>
/// <param name="Seed">The random seed its training started from.</param>
/// <param name="Epochs">How many passes over the training digits it had.</param>
/// <param name="TestAccuracy">The share of held-out test digits it got right when it was stored, 0 to 1.</param>
/// <param name="Description">How it was made, in a sentence.</param>
public sealed record StoredNetwork(Network Network, int Seed, int Epochs, double TestAccuracy, string Description)
{
    /// <summary>The first layer's weights into one neuron as a 28×28 template: what that neuron learned to look for.</summary>
    /// <param name="neuron">The neuron of the first hidden layer, from 0.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the neuron is not in the first layer.</exception>
    /// <exception cref="ArgumentException">When the network does not take 784 inputs.</exception>
    public PixelTemplate LearnedTemplate(int neuron) => new(Network.Layers[0].WeightsInto(neuron), $"learned by hidden neuron {neuron}");

    /// <summary>The share of the digits the network labels right: argmax of its outputs equals the label.</summary>
    /// <param name="digits">The digits.</param>
    /// <returns>0 to 1 (NaN for no digits).</returns>
    public Accuracy Accuracy(DigitSet digits) => Network.Accuracy(digits);
}
