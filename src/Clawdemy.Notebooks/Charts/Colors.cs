namespace Clawdemy.Notebooks;

/// <summary>The course's chart colours and colour scales, chosen to read in colour and in greyscale print.</summary>
public static class Colors
{
    /// <summary>One colour per series, in order.</summary>
    public static IReadOnlyList<string> Series { get; } = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

    /// <summary>Something that adds: positive contributions.</summary>
    public const string Positive = "#2166ac";

    /// <summary>Something that takes away: negative contributions.</summary>
    public const string Negative = "#b2182b";

    /// <summary>A total, such as z.</summary>
    public const string Total = "#444444";

    /// <summary>A reference curve drawn faintly.</summary>
    public const string Reference = "#bbbbbb";

    /// <summary>Diverging scale for weights: red for negative, white for zero, blue for positive (set zmin and zmax to ±the largest magnitude, so that zero is white).</summary>
    public static object[] Diverging { get; } = [new object[] { 0, Negative }, new object[] { 0.5, "#f7f7f7" }, new object[] { 1, Positive }];

    /// <summary>Ink on paper for pictures: 0 white, 1 black.</summary>
    public static object[] Ink { get; } = [new object[] { 0, "#ffffff" }, new object[] { 1, "#000000" }];

    /// <summary>Counts: 0 white, the most blue.</summary>
    public static object[] Counts { get; } = [new object[] { 0, "#ffffff" }, new object[] { 1, Positive }];
}
