using Clawdemy.Notebooks;

namespace Clawdemy.Notebooks.Data;

/// <summary>
/// Which training digits the train command uses: all of them, or one half. The sample's labels run 0, 1, …, 9, 0, 1, …,
/// so the first half (digits 1 to 500) and the second (501 to 1,000) each hold the same number of every digit.
/// </summary>
internal static class TrainingHalves
{
    /// <summary>The digits to train on and how the network's description names them.</summary>
    /// <param name="train">All the training digits.</param>
    /// <param name="half">Null for all; "first" or "second" for that half (an odd count leaves the extra digit to the second).</param>
    /// <returns>The digits and their description, such as "the 1000 training digits" (as the committed network has always said) or "the first 500 training digits".</returns>
    /// <exception cref="ArgumentException">When <paramref name="half"/> is neither null, "first" nor "second".</exception>
    public static (DigitSet Digits, string Description) Select(DigitSet train, string? half)
    {
        var middle = train.Count / 2;
        return half switch
        {
            null => (train, $"the {train.Count} training digits"),
            "first" => (new DigitSet(train.Digits.Take(middle)), $"the first {middle} training digits"),
            "second" => (new DigitSet(train.Digits.Skip(middle)), $"the last {train.Count - middle} training digits"),
            _ => throw new ArgumentException($"--half is first or second, not {half}.", nameof(half)),
        };
    }
}
