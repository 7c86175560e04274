using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace Clawdemy.Notebooks.Data;

/// <summary>
/// Plain stochastic gradient descent with backpropagation on MathNet matrices: sigmoid layers, cross-entropy loss,
/// mini-batches, a fixed seed for the starting weights and for the shuffles (MathNet's Fisher–Yates, SelectPermutationInplace, on a Mersenne Twister). A preview of lesson 5; the notebooks
/// only load its result.
/// </summary>
internal sealed class Trainer(int seed, int epochs, int batchSize = Trainer.CourseBatchSize, double learningRate = Trainer.CourseLearningRate)
{
    /// <summary>The digits per gradient step the course's network was trained with: 10.</summary>
    public const int CourseBatchSize = 10;

    /// <summary>The step size the course's network was trained with: 0.5.</summary>
    public const double CourseLearningRate = 0.5;

    public Network Train(NetworkShape shape, DigitSet digits, Action<int, double>? afterEpoch = null)
    {
        var network = Network.Random(shape, seed, Activations.Sigmoid);
        var weights = network.Layers.Select(l => l.Weights.Clone()).ToArray();
        var biases = network.Layers.Select(l => l.Biases.Clone()).ToArray();
        var random = new MersenneTwister(seed + 1);
        var order = Enumerable.Range(0, digits.Count).ToArray();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            Combinatorics.SelectPermutationInplace(order, random);
            for (var start = 0; start < order.Length; start += batchSize)
            {
                var batch = order.Skip(start).Take(batchSize).ToArray();
                var gradW = weights.Select(w => Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount)).ToArray();
                var gradB = biases.Select(b => Vector<double>.Build.Dense(b.Count)).ToArray();
                foreach (var index in batch)
                {
                    Backpropagate(weights, biases, digits[index], gradW, gradB);
                }

                for (var l = 0; l < weights.Length; l++)
                {
                    weights[l] -= gradW[l] * (learningRate / batch.Length);
                    biases[l] -= gradB[l] * (learningRate / batch.Length);
                }
            }

            afterEpoch?.Invoke(epoch, Build(weights, biases).Accuracy(digits).Fraction);
        }

        return Build(weights, biases);
    }

    private static void Backpropagate(Matrix<double>[] weights, Vector<double>[] biases, Digit digit, Matrix<double>[] gradW, Vector<double>[] gradB)
    {
        var activations = new List<Vector<double>> { digit.Pixels };
        for (var l = 0; l < weights.Length; l++)
        {
            activations.Add(Activations.Sigmoid.Squish(weights[l] * activations[^1] + biases[l]));
        }

        var target = Vector<double>.Build.Dense(10, i => i == digit.Label ? 1.0 : 0.0);
        // Cross-entropy with sigmoid outputs: the output error is simply a - y.
        var delta = activations[^1] - target;
        for (var l = weights.Length - 1; l >= 0; l--)
        {
            gradW[l] += delta.OuterProduct(activations[l]);
            gradB[l] += delta;
            if (l > 0)
            {
                var a = activations[l];
                delta = (weights[l].TransposeThisAndMultiply(delta)).PointwiseMultiply(a.PointwiseMultiply(1 - a));
            }
        }
    }

    private static Network Build(Matrix<double>[] weights, Vector<double>[] biases) =>
        new(weights.Select((w, l) => new DenseLayer(w, biases[l], Activations.Sigmoid)));
}
