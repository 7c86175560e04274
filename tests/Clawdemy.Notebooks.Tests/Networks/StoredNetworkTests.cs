namespace Clawdemy.Notebooks.Tests.Networks;

public class StoredNetworkTests
{
    private static readonly string StoredPath = RepoPaths.Combine("data", "network", "digits-784-16-16-10.json");

    [Fact]
    public void The_stored_network_reaches_the_accuracy_it_claims_on_the_held_out_digits()
    {
        var stored = NetworkFile.Load(StoredPath);
        var test = DigitSet.Load(RepoPaths.Combine("data", "mnist", "t10k-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "t10k-labels-idx1-ubyte.gz"));
        Assert.InRange(stored.Accuracy(test).Fraction, stored.TestAccuracy - Tolerances.StoredAccuracy, 1.0);
        Assert.True(stored.TestAccuracy > 0.7, "a 784-16-16-10 network trained on 1,000 digits should beat 70%");
    }

    [Fact]
    public void The_stored_network_has_the_lesson_shape_and_its_13002_parameters()
    {
        var stored = NetworkFile.Load(StoredPath);
        Assert.Equal("784-16-16-10", stored.Network.Shape.ToString());
        Assert.Equal(13_002L, stored.Network.Shape.TotalParameters);
        Assert.Equal(784, stored.LearnedTemplate(0).Weights.Count);
    }

    [Fact]
    public void The_same_structure_with_other_parameter_values_behaves_differently()
    {
        var stored = NetworkFile.Load(StoredPath);
        var random = Network.Random(stored.Network.Shape, seed: 1);
        var test = DigitSet.Load(RepoPaths.Combine("data", "mnist", "t10k-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "t10k-labels-idx1-ubyte.gz"));
        Assert.True(random.Accuracy(test).Fraction < 0.3, "an untrained network guesses");
    }

    [Fact]
    public void Saving_then_loading_keeps_the_parameters_to_six_places()
    {
        var network = Network.Random("4-3-2", seed: 5);
        var path = Path.Combine(RepoPaths.TempFolder(), "n.json");
        File.WriteAllText(path, NetworkFile.ToJson(new StoredNetwork(network, 5, 0, 0.5, "test")));
        var loaded = NetworkFile.Load(path).Network;
        Assert.Equal(network.Layers[1].Weights[1, 2], loaded.Layers[1].Weights[1, 2], Tolerances.StoredWeight);
    }

    [Fact]
    public void A_file_that_is_not_a_network_is_refused_with_its_name()
    {
        var path = Path.Combine(RepoPaths.TempFolder(), "bad.json");
        File.WriteAllText(path, "{\"format\": \"something else\"}");
        var error = Assert.Throws<FormatException>(() => NetworkFile.Load(path));
        Assert.StartsWith(path, error.Message);
        Assert.Contains("\"format\"", error.Message);
    }
}
