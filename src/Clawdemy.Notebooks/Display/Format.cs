using System.Globalization;

namespace Clawdemy.Notebooks;

/// <summary>How the library writes numbers for people: rounded to 4 decimals, invariant culture, thousands grouped.</summary>
public static class Format
{
    /// <summary>The number of decimals <see cref="Number"/> keeps.</summary>
    public const int Decimals = 4;

    /// <summary>
    /// A number as a learner wants to read it: rounded to 4 decimals with trailing zeros dropped
    /// (0.19000000000000003 reads "0.19", 0.5473576 reads "0.5474"), thousands grouped with commas (13,002).
    /// Edges: NaN reads "NaN", ±∞ reads "∞" or "-∞", -0 reads "0"; magnitudes below 0.0001 or of 10^15 and more use
    /// scientific notation with 4 significant digits.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "∞";
        if (double.IsNegativeInfinity(value)) return "-∞";
        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e15))
        {
            return value.ToString("G4", CultureInfo.InvariantCulture);
        }

        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0.0 : rounded).ToString("#,0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>A whole count with thousands grouped, such as 13,002 or 175,000,000,000.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}
