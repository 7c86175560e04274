namespace Clawdemy.Notebooks;

/// <summary>
/// Hand-designed pixel templates: +1 where the pattern wants ink, -1 where ink speaks against it, 0 where it does not
/// care. Each is made for one digit, so that its weighted sum scores that digit higher than the others on average.
/// </summary>
public static class Templates
{
    /// <summary>
    /// A bar across the top, with nothing on the left of the middle or in the lower right, where other digits have their
    /// loops and 7s have no ink: made for 7. The diagonal stroke of a 7 falls on zero weights.
    /// </summary>
    public static PixelTemplate TopBar { get; } = Design("bar across the top", 7, (r, c) =>
        r is >= 7 and <= 11 && c is >= 7 and <= 21 ? 1.0
        : r is >= 13 and <= 19 && c is >= 4 and <= 10 ? -1.0
        : r is >= 19 and <= 23 && c is >= 17 and <= 22 ? -1.0
        : 0.0);

    /// <summary>A loop in the lower half with nothing in the upper right: made for 6.</summary>
    public static PixelTemplate BottomLoop { get; } = Design("loop at the bottom", 6, (r, c) =>
        Ring(r, c, 18.5, 14, 3.5, 7.0) ? 1.0
        : r is >= 3 and <= 10 && c is >= 16 and <= 24 ? -1.0
        : 0.0);

    /// <summary>A ring around an empty centre: made for 0.</summary>
    public static PixelTemplate Ring0 { get; } = Design("ring", 0, (r, c) =>
        Ring(r, c, 14, 14, 6.0, 10.0) ? 1.0
        : Ring(r, c, 14, 14, 0.0, 4.0) ? -1.0
        : 0.0);

    /// <summary>A vertical stroke down the middle with nothing beside it: made for 1.</summary>
    public static PixelTemplate VerticalStroke { get; } = Design("vertical stroke", 1, (r, c) =>
        r is >= 4 and <= 23 && c is >= 12 and <= 15 ? 1.0
        : r is >= 6 and <= 21 && (c is >= 5 and <= 9 || c is >= 18 and <= 22) ? -1.0
        : 0.0);

    /// <summary>The hand-designed templates; each knows the digit it was made for (<see cref="PixelTemplate.MadeFor"/>).</summary>
    public static IReadOnlyList<PixelTemplate> All { get; } = [Ring0, VerticalStroke, BottomLoop, TopBar];

    /// <summary>Designs a template from a rule that gives each pixel's weight.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="weightAt">The weight of the pixel at (row, column), row 0 at the top.</param>
    /// <returns>The template.</returns>
    public static PixelTemplate FromRule(string name, Func<int, int, double> weightAt)
    {
        ArgumentNullException.ThrowIfNull(weightAt);
        return PixelTemplate.FromGrid(Matrix<double>.Build.Dense(PixelTemplate.Side, PixelTemplate.Side, weightAt), name);
    }

    /// <summary>
    /// Scores every digit against the template and sorts them, best match first.
    /// </summary>
    /// <param name="template">The template.</param>
    /// <param name="digits">The digits.</param>
    /// <returns>Each digit with its score, highest first.</returns>
    public static IReadOnlyList<ScoredDigit> Rank(PixelTemplate template, DigitSet digits)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(digits);
        return digits.Digits.Select(d => new ScoredDigit(d, template.Score(d.Pixels))).OrderByDescending(s => s.Score).ToArray();
    }

    /// <summary>The average score of each label, 0 to 9: which digits the template likes.</summary>
    /// <param name="template">The template.</param>
    /// <param name="digits">The digits.</param>
    /// <returns>Ten averages (NaN for a label with no digits).</returns>
    public static double[] AverageScoreByLabel(PixelTemplate template, DigitSet digits)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(digits);
        return Enumerable.Range(0, 10).Select(label =>
        {
            var of = digits.OfLabel(label);
            return of.Count == 0 ? double.NaN : of.Average(d => template.Score(d.Pixels));
        }).ToArray();
    }

    private static PixelTemplate Design(string name, int madeFor, Func<int, int, double> weightAt) =>
        new(PixelTemplate.FromGrid(Matrix<double>.Build.Dense(PixelTemplate.Side, PixelTemplate.Side, weightAt)), $"{name} (for {madeFor})", madeFor);

    private static bool Ring(int r, int c, double centreRow, double centreColumn, double inner, double outer)
    {
        var distance = Math.Sqrt(Math.Pow(r - centreRow, 2) + Math.Pow(c - centreColumn, 2));
        return distance >= inner && distance <= outer;
    }
}
