using Clawdemy.Notebooks.Testing;

namespace Clawdemy.Notebooks.Data.Tests;

public class TrainerTests
{
    /// <summary>The committed networks and how data/README.md says each was trained: its file, its half of the training digits (null for all).</summary>
    public static TheoryData<string, string?> CommittedNetworks() => new()
    {
        { "digits-784-16-16-10.json", null },
        { "digits-784-16-16-10-seed-8.json", null },
        { "digits-784-16-16-10-first-half.json", "first" },
        { "digits-784-16-16-10-second-half.json", "second" },
    };

    [Theory]
    [MemberData(nameof(CommittedNetworks))]
    public void Training_again_with_the_stored_seed_epochs_and_digits_gives_the_committed_network_byte_for_byte(string file, string? half)
    {
        var committed = RepoPaths.Combine("data", "network", file);
        var stored = NetworkFile.Load(committed);
        string Mnist(string name) => RepoPaths.Combine("data", "mnist", name);
        var (train, which) = TrainingHalves.Select(DigitSet.Load(Mnist("train-images-idx3-ubyte.gz"), Mnist("train-labels-idx1-ubyte.gz")), half);
        var test = DigitSet.Load(Mnist("t10k-images-idx3-ubyte.gz"), Mnist("t10k-labels-idx1-ubyte.gz"));

        var network = new Trainer(stored.Seed, stored.Epochs).Train(NetworkShape.Parse("784-16-16-10"), train);

        Assert.Contains($"on {which} of data/mnist, seed {stored.Seed}", stored.Description);
        var again = NetworkFile.ToJson(new StoredNetwork(network, stored.Seed, stored.Epochs, network.Accuracy(test).Fraction, stored.Description));
        Assert.Equal(File.ReadAllText(committed), again);
    }

    [Theory]
    [InlineData("first", 50)] // 500 digits whose labels run 0, 1, …, 9: 50 of each
    [InlineData("second", 50)]
    public void Each_half_of_the_training_digits_holds_the_same_number_of_every_digit(string half, int each)
    {
        string Mnist(string name) => RepoPaths.Combine("data", "mnist", name);
        var (digits, _) = TrainingHalves.Select(DigitSet.Load(Mnist("train-images-idx3-ubyte.gz"), Mnist("train-labels-idx1-ubyte.gz")), half);

        Assert.All(digits.CountsByLabel(), count => Assert.Equal(each, count));
    }
}
