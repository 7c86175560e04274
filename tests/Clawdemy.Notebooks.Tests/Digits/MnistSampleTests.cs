namespace Clawdemy.Notebooks.Tests.Digits;

public class MnistSampleTests
{
    private static DigitSet Train => DigitSet.Load(RepoPaths.Combine("data", "mnist", "train-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "train-labels-idx1-ubyte.gz"));

    private static DigitSet Test => DigitSet.Load(RepoPaths.Combine("data", "mnist", "t10k-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "t10k-labels-idx1-ubyte.gz"));

    [Fact]
    public void The_sample_has_100_training_and_50_test_digits_of_each_label()
    {
        // data/README.md: the first 100 of each digit for training, the next 50 for testing.
        Assert.All(Train.CountsByLabel(), count => Assert.Equal(100, count));
        Assert.All(Test.CountsByLabel(), count => Assert.Equal(50, count));
    }

    [Fact]
    public void Training_and_test_digits_never_overlap()
    {
        var train = Train.Digits.Select(d => string.Join(",", d.Pixels.Select(p => (int)Math.Round(p * 255)))).ToHashSet();
        Assert.DoesNotContain(Test.Digits, d => train.Contains(string.Join(",", d.Pixels.Select(p => (int)Math.Round(p * 255)))));
    }

    [Fact]
    public void Pixels_are_scaled_to_0_to_1_and_digits_have_ink()
    {
        Assert.All(Train.Digits, d =>
        {
            Assert.InRange(d.Pixels.Minimum(), 0.0, 1.0);
            Assert.InRange(d.Pixels.Maximum(), 0.5, 1.0);
        });
    }

    [Fact]
    public void The_files_interleave_the_labels_so_any_prefix_is_balanced()
    {
        Assert.Equal(Enumerable.Range(0, 10), Train.Digits.Take(10).Select(d => d.Label));
    }
}
