using MathNet.Numerics;
using MathNet.Numerics.Random;

namespace Clawdemy.Notebooks;

public sealed partial class Network
{
    /// <summary>
    /// The same network with one layer's parameters (its weights and biases) taken from another network of the same
    /// shape: the structure and the formula a = f(W·x + b) stay; only those numbers move. Swapping a layer both ways is
    /// <c>a.WithLayerFrom(b, n)</c> and <c>b.WithLayerFrom(a, n)</c>. Neither network is changed.
    /// </summary>
    /// <param name="other">The network whose layer is taken; it must have this network's shape.</param>
    /// <param name="layer">The layer's number, 1 for the first layer after the input (as in <see cref="LayerShape.Number"/>).</param>
    /// <returns>A new network.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">When the two shapes differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the layer is not 1 to Layers.Count.</exception>
    public Network WithLayerFrom(Network other, int layer)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Shape.ToString() != Shape.ToString())
        {
            throw new ArgumentException($"A layer moves only between networks of one shape; this one is {Shape}, the other {other.Shape}.", nameof(other));
        }

        var index = LayerIndex(layer);
        return WithLayer(index, other.Layers[index]);
    }

    /// <summary>
    /// The same network with one layer's weights shuffled: the same values, each moved to another connection at random
    /// (a Fisher–Yates permutation on a Mersenne Twister, so a seed gives the same shuffle on every machine). The biases
    /// and every other layer stay as they are.
    /// </summary>
    /// <param name="layer">The layer's number, from 1.</param>
    /// <param name="seed">The seed of the shuffle.</param>
    /// <returns>A new network.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the layer is not 1 to Layers.Count.</exception>
    public Network WithLayerShuffled(int layer, int seed)
    {
        var index = LayerIndex(layer);
        var original = Layers[index];
        var values = original.Weights.ToRowMajorArray();
        Combinatorics.SelectPermutationInplace(values, new MersenneTwister(seed));
        var weights = Matrix<double>.Build.DenseOfRowMajor(original.Outputs, original.Inputs, values);
        return WithLayer(index, new DenseLayer(weights, original.Biases, original.Activation));
    }

    /// <summary>
    /// The same network with one layer's weights multiplied by a factor (w becomes factor × w; the biases stay). A
    /// factor of 1 gives the same numbers; 0 makes the layer's neurons see only their biases; NaN or ±∞ give NaN or
    /// infinite weights, whose outputs are NaN and whose answers are then undefined.
    /// </summary>
    /// <param name="layer">The layer's number, from 1.</param>
    /// <param name="factor">What every weight of the layer is multiplied by.</param>
    /// <returns>A new network.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the layer is not 1 to Layers.Count.</exception>
    public Network WithLayerScaled(int layer, double factor)
    {
        var index = LayerIndex(layer);
        var original = Layers[index];
        return WithLayer(index, new DenseLayer(original.Weights * factor, original.Biases, original.Activation));
    }

    /// <summary>What the network answers for each of the digits, kept with a name for the charts and tables that show it.</summary>
    /// <param name="digits">The digits; the network needs 784 inputs and 10 outputs.</param>
    /// <param name="name">What to call the network, such as "trained, seed 7".</param>
    /// <returns>The answers.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="digits"/> is null.</exception>
    /// <exception cref="ArgumentException">When the name is empty.</exception>
    public NetworkAnswers AnswersOn(DigitSet digits, string name) => new(name, this, digits);

    private int LayerIndex(int layer)
    {
        if (layer < 1 || layer > Layers.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"The network has layers 1 to {Layers.Count} (1 is the first after the input).");
        }

        return layer - 1;
    }

    private Network WithLayer(int index, DenseLayer layer) => new(Layers.Select((l, i) => i == index ? layer : l));
}
