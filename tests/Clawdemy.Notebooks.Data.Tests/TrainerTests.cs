using Clawdemy.Notebooks.Testing;

namespace Clawdemy.Notebooks.Data.Tests;

public class TrainerTests
{
    [Fact]
    public void Training_again_with_the_stored_seed_and_epochs_gives_the_committed_network_byte_for_byte()
    {
        var committed = RepoPaths.Combine("data", "network", "digits-784-16-16-10.json");
        var stored = NetworkFile.Load(committed);
        string Mnist(string name) => RepoPaths.Combine("data", "mnist", name);
        var train = DigitSet.Load(Mnist("train-images-idx3-ubyte.gz"), Mnist("train-labels-idx1-ubyte.gz"));
        var test = DigitSet.Load(Mnist("t10k-images-idx3-ubyte.gz"), Mnist("t10k-labels-idx1-ubyte.gz"));

        var network = new Trainer(stored.Seed, stored.Epochs).Train(NetworkShape.Parse("784-16-16-10"), train);

        var again = NetworkFile.ToJson(new StoredNetwork(network, stored.Seed, stored.Epochs, network.Accuracy(test).Fraction, stored.Description));
        Assert.Equal(File.ReadAllText(committed), again);
    }
}
