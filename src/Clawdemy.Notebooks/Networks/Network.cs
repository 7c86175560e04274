using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Clawdemy.Notebooks;

/// <summary>
/// A fully connected network: dense layers applied one after another, each a = f(W·a_previous + b).
/// Two networks of the same shape and activation differ only in their parameter values, and that is where
/// their behaviour lives.
/// </summary>
public sealed partial class Network
{
    /// <summary>Creates a network from its layers; each layer's inputs must match the previous layer's outputs.</summary>
    /// <param name="layers">At least one layer.</param>
    /// <exception cref="ArgumentException">When there are no layers or two neighbouring layers do not fit.</exception>
    public Network(IEnumerable<DenseLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        Layers = layers.ToArray();
        if (Layers.Count == 0) throw new ArgumentException("A network needs at least one layer.", nameof(layers));
        for (var i = 1; i < Layers.Count; i++)
        {
            if (Layers[i].Inputs != Layers[i - 1].Outputs)
            {
                throw new ArgumentException(
                    $"Layer {i + 1} takes {Layers[i].Inputs} inputs but layer {i} has {Layers[i - 1].Outputs} neurons.", nameof(layers));
            }
        }

        Shape = NetworkShape.FromSizes([Layers[0].Inputs, .. Layers.Select(l => l.Outputs)]);
    }

    /// <summary>The layers, first to last.</summary>
    public IReadOnlyList<DenseLayer> Layers { get; }

    /// <summary>The network's shape, such as 784-16-16-10.</summary>
    public NetworkShape Shape { get; }

    /// <summary>
    /// A network of the given shape whose weights are drawn from a normal distribution with mean 0 and standard deviation
    /// 1/√(inputs of the layer), and whose biases start at 0. The same seed gives the same parameters on every machine
    /// (Mersenne Twister); another seed gives other parameters, hence other behaviour.
    /// </summary>
    /// <param name="shape">The shape, such as <c>NetworkShape.Parse("784-16-16-10")</c>.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="activation">The squish of every layer; sigmoid when null.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="shape"/> is null.</exception>
    public static Network Random(NetworkShape shape, int seed, Activation? activation = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var random = new MersenneTwister(seed);
        var layers = shape.Layers.Select(layer =>
        {
            var normal = new Normal(0.0, 1.0 / Math.Sqrt(layer.Inputs), random);
            var weights = Matrix<double>.Build.Random(layer.Outputs, layer.Inputs, normal);
            return new DenseLayer(weights, Vector<double>.Build.Dense(layer.Outputs), activation ?? Activations.Sigmoid);
        });
        return new Network(layers);
    }

    /// <inheritdoc cref="Random(NetworkShape, int, Activation?)"/>
    public static Network Random(string shape, int seed, Activation? activation = null) => Random(NetworkShape.Parse(shape), seed, activation);

    /// <summary>The forward pass: the output layer's activations for one input.</summary>
    /// <param name="input">One value per input neuron.</param>
    /// <returns>The last layer's activations.</returns>
    /// <exception cref="ArgumentException">When the input length differs from the first layer size.</exception>
    public Vector<double> Forward(Vector<double> input) => ForwardAll(input)[^1];

    /// <summary>Every layer's activations for one input, the input itself first.</summary>
    /// <param name="input">One value per input neuron.</param>
    /// <returns>Layers.Count + 1 vectors.</returns>
    /// <exception cref="ArgumentException">When the input length differs from the first layer size.</exception>
    public IReadOnlyList<Vector<double>> ForwardAll(Vector<double> input)
    {
        Require.Length(input, Layers[0].Inputs, "network's input", nameof(input));
        var activations = new List<Vector<double>> { input };
        foreach (var layer in Layers)
        {
            activations.Add(layer.Forward(activations[^1]));
        }

        return activations;
    }

    /// <summary>The index of the output neuron with the highest activation: the network's answer for a digit.</summary>
    /// <param name="input">One value per input neuron.</param>
    /// <returns>The index of the largest output.</returns>
    /// <exception cref="ArgumentException">When the input length differs from the first layer size.</exception>
    public int Predict(Vector<double> input) => Forward(input).MaximumIndex();

    /// <summary>How many of the digits the network answers right: its answer is its largest output.</summary>
    /// <param name="digits">The digits; the network needs 784 inputs and 10 outputs.</param>
    /// <returns>The right answers out of all; it prints as a percentage.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="digits"/> is null.</exception>
    public Accuracy Accuracy(DigitSet digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return new Accuracy(digits.Digits.Count(d => Predict(d.Pixels) == d.Label), digits.Count);
    }

    /// <summary>
    /// What the network answers for each true digit: counts[label][answer] is how many digits with that label got that
    /// answer. The diagonal holds the right answers; a network that ignores its input fills a single column.
    /// </summary>
    /// <param name="digits">The digits; the network needs 784 inputs and 10 outputs.</param>
    /// <returns>Ten rows of ten counts (all zero for no digits).</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="digits"/> is null.</exception>
    public int[][] Confusion(DigitSet digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var counts = Enumerable.Range(0, 10).Select(_ => new int[10]).ToArray();
        foreach (var digit in digits.Digits) counts[digit.Label][Predict(digit.Pixels)]++;
        return counts;
    }

    /// <summary>A one-line description, such as "Network 784-16-16-10 (13,002 parameters)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Network {Shape} ({Format.Count(Shape.TotalParameters)} parameters)";
}
