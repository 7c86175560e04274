using System.Text.Json;
using Clawdemy.Notebooks.Testing;

namespace Clawdemy.Notebooks.Data.Tests;

public class MnistSamplerTests
{
    /// <summary>A fake mnist package: digit d's samples have every pixel equal to (d·10 + sample) / 255.</summary>
    private static string FakePackage(int samplesPerDigit)
    {
        var folder = RepoPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "src", "digits"));
        for (var d = 0; d < 10; d++)
        {
            var data = Enumerable.Range(0, samplesPerDigit).SelectMany(s => Enumerable.Repeat((d * 10 + s) / 255.0, 784));
            File.WriteAllText(Path.Combine(folder, "src", "digits", $"{d}.json"), JsonSerializer.Serialize(new { data }));
        }

        return folder;
    }

    [Fact]
    public void The_first_samples_of_each_digit_train_and_the_next_ones_test()
    {
        var (train, test) = MnistSampler.Take(FakePackage(5), trainPerDigit: 2, testPerDigit: 3);
        Assert.Equal(20, train.Count);
        Assert.Equal(30, test.Count);
        // Digit 4, sample 1 (training) has pixels 41; sample 2 (the first test sample) has 42.
        Assert.Contains(train, t => t.Label == 4 && t.Pixels[0] == 41);
        Assert.Contains(test, t => t.Label == 4 && t.Pixels[0] == 42);
        Assert.DoesNotContain(train, t => t.Pixels[0] % 10 >= 2);
    }

    [Fact]
    public void Labels_are_interleaved()
    {
        var (train, _) = MnistSampler.Take(FakePackage(3), trainPerDigit: 2, testPerDigit: 1);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1], train.Take(12).Select(t => (int)t.Label));
    }

    [Fact]
    public void Too_few_samples_are_reported_with_the_file()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MnistSampler.Take(FakePackage(2), 2, 1));
        Assert.Contains("only 2 samples of 0", error.Message);
    }
}
