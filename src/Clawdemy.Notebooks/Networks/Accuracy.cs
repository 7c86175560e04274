using System.Globalization;

namespace Clawdemy.Notebooks;

/// <summary>
/// How many digits a network got right out of how many it was shown; it prints as a percentage with one decimal
/// ("83.8%"), so a cell can show it as it is. Edge: no digits at all gives a <see cref="Fraction"/> of NaN and prints "n/a".
/// </summary>
/// <param name="Correct">The digits whose label was the network's answer (its largest output).</param>
/// <param name="Total">The digits it was shown.</param>
public readonly record struct Accuracy(int Correct, int Total)
{
    /// <summary>Correct / Total, from 0 to 1 (NaN when there were no digits).</summary>
    public double Fraction => Total == 0 ? double.NaN : Correct / (double)Total;

    /// <summary>The accuracy as a percentage, such as "83.8%"; "n/a" when there were no digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Total == 0 ? "n/a" : Percent(Fraction);

    /// <summary>A share from 0 to 1 as a percentage with one decimal, such as "84.2%".</summary>
    /// <param name="share">0 to 1.</param>
    /// <returns>The text.</returns>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
