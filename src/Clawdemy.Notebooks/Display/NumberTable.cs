namespace Clawdemy.Notebooks;

/// <summary>
/// A few named numbers shown together, so a cell shows them without writing <see cref="Format.Number"/> for each: a
/// two-column table in a notebook, "name: value, name: value" as text. Each value is written by <see cref="Format.Number"/>
/// (4 decimals, thousands grouped; NaN and ±∞ as words).
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class NumberTable : IHtmlRenderable
{
    private NumberTable(IReadOnlyList<(string Name, double Value)> numbers) => Numbers = numbers;

    /// <summary>The numbers with their names, in the order given.</summary>
    public IReadOnlyList<(string Name, double Value)> Numbers { get; }

    /// <summary>Names some numbers: <c>NumberTable.Of(("sigmoid", 0.5474), ("ReLU", 0.19))</c>.</summary>
    /// <param name="numbers">Each number with its name.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">When no number is given, or a name is empty.</exception>
    public static NumberTable Of(params (string Name, double Value)[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Length == 0) throw new ArgumentException("Name at least one number.", nameof(numbers));
        if (numbers.Any(n => string.IsNullOrWhiteSpace(n.Name))) throw new ArgumentException("Every number needs a name.", nameof(numbers));
        return new NumberTable(numbers.ToArray());
    }

    /// <summary>The numbers as text: "sigmoid: 0.5474, ReLU: 0.19".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", Numbers.Select(n => $"{n.Name}: {Format.Number(n.Value)}"));

    /// <summary>The numbers as an HTML table, one row each.</summary>
    /// <returns>An HTML fragment.</returns>
    public string ToHtmlFragment() => Html.Table(["", "value"], Numbers.Select(n => new[] { n.Name, Format.Number(n.Value) }));
}
