namespace Clawdemy.Notebooks;

/// <summary>
/// The course's sample of real MNIST digits in data/mnist (train and test kept apart), and the full MNIST files when a
/// user points at them. The sample is found by walking up from the working directory to a folder with data/mnist.
/// </summary>
public static class Mnist
{
    /// <summary>The sample's training digits (100 of each digit).</summary>
    /// <returns>The digits.</returns>
    /// <exception cref="DirectoryNotFoundException">When no data/mnist folder is found above the working directory.</exception>
    public static DigitSet Train() => Part("train");

    /// <summary>The sample's held-out test digits (50 of each digit), never used for training.</summary>
    /// <returns>The digits.</returns>
    /// <exception cref="DirectoryNotFoundException">When no data/mnist folder is found above the working directory.</exception>
    public static DigitSet Test() => Part("t10k");

    /// <summary>
    /// The course's data folder: the nearest folder named data, holding mnist/, at or above <paramref name="from"/>. The
    /// one rule for "the data" a notebook reads, used by the lessons and by the export cache that hashes what they read.
    /// </summary>
    /// <param name="from">Where to start looking; the working directory when null.</param>
    /// <returns>Its full path.</returns>
    /// <exception cref="DirectoryNotFoundException">When none is found.</exception>
    public static string DataFolder(string? from = null)
    {
        from ??= Directory.GetCurrentDirectory();
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "mnist"))) return candidate;
        }

        throw new DirectoryNotFoundException($"No data/mnist folder above {from}; run the notebook from the course's repository.");
    }

    private static DigitSet Part(string prefix)
    {
        var folder = Path.Combine(DataFolder(), "mnist");
        return DigitSet.Load(Path.Combine(folder, $"{prefix}-images-idx3-ubyte.gz"), Path.Combine(folder, $"{prefix}-labels-idx1-ubyte.gz"));
    }
}
