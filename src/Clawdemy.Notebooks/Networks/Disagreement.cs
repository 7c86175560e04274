namespace Clawdemy.Notebooks;

/// <summary>
/// Where two networks, answering the same digits, give different answers: how many such digits there are and the
/// first few of them, in the set's order, to be drawn beside both answers.
/// </summary>
public sealed class Disagreement
{
    /// <summary>How many disagreeing digits <see cref="Between"/> keeps to show unless told otherwise: three, side by side.</summary>
    public const int DefaultShown = 3;

    private Disagreement(NetworkAnswers first, NetworkAnswers second, int count, IReadOnlyList<DisagreedDigit> shown)
    {
        First = first;
        Second = second;
        Count = count;
        Shown = shown;
    }

    /// <summary>The first network's answers.</summary>
    public NetworkAnswers First { get; }

    /// <summary>The second network's answers.</summary>
    public NetworkAnswers Second { get; }

    /// <summary>On how many digits the two answers differ (0 when they behave alike on the whole set).</summary>
    public int Count { get; }

    /// <summary>The first digits, in the set's order, on which they differ: at most the number asked for, none when they agree everywhere.</summary>
    public IReadOnlyList<DisagreedDigit> Shown { get; }

    /// <summary>Compares two networks' answers digit by digit.</summary>
    /// <param name="first">One network's answers.</param>
    /// <param name="second">The other's, on the same digit set.</param>
    /// <param name="shown">How many disagreeing digits to keep for showing, at least 1.</param>
    /// <returns>The disagreement.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When the two answered different digit sets.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="shown"/> is below 1.</exception>
    public static Disagreement Between(NetworkAnswers first, NetworkAnswers second, int shown = DefaultShown)
    {
        ArgumentNullException.ThrowIfNull(first);
        first.RequireSameDigits(second);
        if (shown < 1) throw new ArgumentOutOfRangeException(nameof(shown), shown, "Show at least one digit.");
        var differing = Enumerable.Range(0, first.Answers.Count).Where(i => first.Answers[i] != second.Answers[i]).ToArray();
        var kept = differing.Take(shown).Select(i => new DisagreedDigit(i, first.Digits[i], first.Answers[i], second.Answers[i])).ToArray();
        return new Disagreement(first, second, differing.Length, kept);
    }

    /// <summary>
    /// The comparison in lines: "trained, seed 7 and trained, seed 8 disagree on 61 of 500 digits", then one line per
    /// shown digit naming both answers.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("\n",
        Shown.Select(d => $"digit {d.Index}, a {d.Digit.Label}: {First.Name} answers {d.FirstAnswer}, {Second.Name} answers {d.SecondAnswer}")
            .Prepend($"{First.Name} and {Second.Name} disagree on {Format.Count(Count)} of {Format.Count(First.Answers.Count)} digits"));
}
