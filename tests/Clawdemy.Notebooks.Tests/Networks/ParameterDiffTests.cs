namespace Clawdemy.Notebooks.Tests.Networks;

public class ParameterDiffTests
{
    [Fact]
    public void A_network_compared_with_itself_differs_in_nothing()
    {
        var network = Network.Random("784-16-16-10", seed: 1);

        Assert.Equal(new ParameterDiff(0, 0, 0, 13_002), ParameterDiff.Between(network, network)); // 13,002: the lesson's count
    }

    [Fact]
    public void Two_random_networks_of_one_shape_differ_in_every_weight_and_in_no_bias_line_or_connection()
    {
        var diff = ParameterDiff.Between(Network.Random("784-16-16-10", seed: 1), Network.Random("784-16-16-10", seed: 2));

        // Random weights from two seeds never coincide; both start their biases at 0: 12,544 + 256 + 160 weights.
        Assert.Equal(new ParameterDiff(0, 0, 12_544 + 256 + 160, 13_002), diff);
        Assert.Equal("0 lines of formula, 0 connections, 12,960 of 13,002 numbers", diff.ToString());
    }

    [Fact]
    public void Scaling_one_layer_changes_exactly_its_nonzero_weights()
    {
        var network = Network.Random("784-16-16-10", seed: 4);

        var diff = ParameterDiff.Between(network, network.WithLayerScaled(layer: 2, factor: 3));

        Assert.Equal(16 * 16, diff.Numbers); // layer 2's 256 weights, none of them 0
    }

    [Fact]
    public void Another_activation_is_one_line_of_formula_per_layer_that_uses_it()
    {
        var sigmoid = Network.Random("784-16-10", seed: 1);
        var relu = Network.Random("784-16-10", seed: 1, Activations.ReLU);

        Assert.Equal(new ParameterDiff(2, 0, 0, 12_730), ParameterDiff.Between(sigmoid, relu)); // 784·16 + 16 + 16·10 + 10 = 12,730
    }

    [Fact]
    public void Networks_of_two_shapes_count_the_connections_and_numbers_only_one_of_them_has()
    {
        var wide = new Network([new DenseLayer(Matrix<double>.Build.Dense(3, 2, 1.0), Vector<double>.Build.Dense(3), Activations.Sigmoid)]);
        var narrow = new Network([new DenseLayer(Matrix<double>.Build.Dense(2, 2, 1.0), Vector<double>.Build.Dense(2), Activations.Sigmoid)]);

        // The third neuron's 2 weights and its bias exist only in the wide network.
        Assert.Equal(new ParameterDiff(0, 2, 3, 6), ParameterDiff.Between(wide, narrow));
    }

    [Fact]
    public void A_nan_parameter_counts_as_changed_even_against_itself()
    {
        var layer = new DenseLayer(Matrix<double>.Build.Dense(1, 1, double.NaN), Vector<double>.Build.Dense(1), Activations.Sigmoid);
        var network = new Network([layer]);

        Assert.Equal(1, ParameterDiff.Between(network, network).Numbers);
    }
}
