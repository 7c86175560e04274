namespace Clawdemy.Notebooks.Tests.Networks;

public class NetworkTests
{
    private static Vector<double> Input(int length) => Vector<double>.Build.Dense(length, i => (i % 7) / 7.0);

    [Fact]
    public void The_same_seed_gives_identical_outputs()
    {
        var a = Network.Random("784-16-16-10", seed: 1).Forward(Input(784));
        var b = Network.Random("784-16-16-10", seed: 1).Forward(Input(784));
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Different_seeds_give_different_outputs_for_the_same_input()
    {
        var a = Network.Random("784-16-16-10", seed: 1).Forward(Input(784));
        var b = Network.Random("784-16-16-10", seed: 2).Forward(Input(784));
        Assert.NotEqual(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void A_random_network_has_the_parameters_its_shape_counts()
    {
        var network = Network.Random("784-16-16-10", seed: 3);
        var counted = network.Layers.Sum(l => (long)l.Weights.RowCount * l.Weights.ColumnCount + l.Biases.Count);
        Assert.Equal(network.Shape.TotalParameters, counted);
        Assert.Equal(13_002L, counted); // the lesson's count
    }

    [Fact]
    public void The_forward_pass_applies_each_layer_in_turn()
    {
        // A 2-2-1 network by hand: hidden = ReLU([[1, -1], [0.5, 0.5]]·x + [0, -1]); output = hidden_1 + hidden_2.
        var hidden = new DenseLayer(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -1.0 }, { 0.5, 0.5 } }), Vector<double>.Build.DenseOfArray([0.0, -1.0]), Activations.ReLU);
        var output = new DenseLayer(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 1.0 } }), Vector<double>.Build.Dense(1), Activations.ReLU);
        var network = new Network([hidden, output]);
        // x = (3, 1): hidden = (ReLU(2), ReLU(2 - 1)) = (2, 1); output = 3.
        Assert.Equal(3.0, network.Forward(Vector<double>.Build.DenseOfArray([3.0, 1.0]))[0], Tolerances.Arithmetic);
        Assert.Equal(3, network.ForwardAll(Vector<double>.Build.DenseOfArray([3.0, 1.0])).Count);
    }

    [Fact]
    public void A_wrong_input_length_is_refused_with_both_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => Network.Random("784-16-10", 1).Forward(Input(100)));
        Assert.Contains("100", error.Message);
        Assert.Contains("784", error.Message);
    }

    [Fact]
    public void Layers_that_do_not_fit_are_refused()
    {
        var a = new DenseLayer(Matrix<double>.Build.Dense(3, 2), Vector<double>.Build.Dense(3), Activations.ReLU);
        var b = new DenseLayer(Matrix<double>.Build.Dense(1, 4), Vector<double>.Build.Dense(1), Activations.ReLU);
        var error = Assert.Throws<ArgumentException>(() => new Network([a, b]));
        Assert.Contains("takes 4 inputs", error.Message);
    }
}
