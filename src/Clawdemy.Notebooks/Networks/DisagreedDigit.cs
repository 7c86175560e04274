namespace Clawdemy.Notebooks;

/// <summary>One digit on which two networks give different answers.</summary>
/// <param name="Index">Its position in the digit set, from 0.</param>
/// <param name="Digit">The digit itself (label and pixels).</param>
/// <param name="FirstAnswer">The first network's answer.</param>
/// <param name="SecondAnswer">The second network's answer.</param>
public sealed record DisagreedDigit(int Index, Digit Digit, int FirstAnswer, int SecondAnswer)
{
    /// <summary>The digit and both answers, such as "digit 12, a 4: 4 and 9".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"digit {Index}, a {Digit.Label}: {FirstAnswer} and {SecondAnswer}";
}
