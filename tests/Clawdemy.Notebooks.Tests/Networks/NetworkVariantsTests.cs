namespace Clawdemy.Notebooks.Tests.Networks;

public class NetworkVariantsTests
{
    private static readonly Network Seven = Network.Random("784-16-16-10", seed: 7);

    private static readonly Network Eight = Network.Random("784-16-16-10", seed: 8);

    [Fact]
    public void Taking_a_layer_from_another_network_copies_its_numbers_and_keeps_the_rest()
    {
        var mixed = Seven.WithLayerFrom(Eight, layer: 2);

        Assert.Equal(Eight.Layers[1].Weights, mixed.Layers[1].Weights);
        Assert.Equal(Eight.Layers[1].Biases, mixed.Layers[1].Biases);
        Assert.Equal(Seven.Layers[0].Weights, mixed.Layers[0].Weights);
        Assert.Equal(Seven.Layers[2].Weights, mixed.Layers[2].Weights);
        Assert.Equal(Seven.Shape.ToString(), mixed.Shape.ToString());
    }

    [Fact]
    public void Swapping_every_layer_gives_a_network_that_answers_exactly_as_the_other_did()
    {
        var digits = new DigitSet(Enumerable.Range(0, 20).Select(i => TinyNetworks.Inked(i % 10, i * 37)));
        var swapped = Seven.WithLayerFrom(Eight, 1).WithLayerFrom(Eight, 2).WithLayerFrom(Eight, 3);

        Assert.Equal(new ParameterDiff(0, 0, 0, 13_002), ParameterDiff.Between(Eight, swapped));
        Assert.Equal(Eight.AnswersOn(digits, "eight").Answers, swapped.AnswersOn(digits, "swapped").Answers);
    }

    [Fact]
    public void A_layer_moves_only_between_networks_of_one_shape()
    {
        var error = Assert.Throws<ArgumentException>(() => Seven.WithLayerFrom(Network.Random("784-16-10", 1), layer: 1));
        Assert.Contains("784-16-10", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_layer_outside_1_to_the_layer_count_is_refused(int layer)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Seven.WithLayerScaled(layer, 2));
    }

    [Fact]
    public void Shuffling_a_layer_keeps_its_values_moves_them_and_is_the_same_for_the_same_seed()
    {
        var shuffled = Seven.WithLayerShuffled(layer: 1, seed: 1);

        Assert.Equal(Seven.Layers[0].Weights.Enumerate().Order(), shuffled.Layers[0].Weights.Enumerate().Order());
        Assert.NotEqual(Seven.Layers[0].Weights, shuffled.Layers[0].Weights);
        Assert.Equal(Seven.Layers[0].Biases, shuffled.Layers[0].Biases);
        Assert.Equal(Seven.Layers[1].Weights, shuffled.Layers[1].Weights);
        Assert.Equal(shuffled.Layers[0].Weights, Seven.WithLayerShuffled(layer: 1, seed: 1).Layers[0].Weights);
    }

    [Fact]
    public void Scaling_a_layer_multiplies_its_weights_and_leaves_its_biases()
    {
        var layer = new DenseLayer(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -2.0 } }), Vector<double>.Build.DenseOfArray([0.5]), Activations.Sigmoid);

        var scaled = new Network([layer]).WithLayerScaled(layer: 1, factor: 0.5);

        Assert.Equal([0.5, -1.0], scaled.Layers[0].Weights.Row(0).ToArray()); // 0.5 × (1, -2)
        Assert.Equal([0.5], scaled.Layers[0].Biases.ToArray());
    }
}
