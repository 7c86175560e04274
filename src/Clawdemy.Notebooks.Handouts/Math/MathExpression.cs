namespace Clawdemy.Notebooks.Handouts.Math;

/// <summary>One piece of TeX from a Markdown cell: inline (<c>$…$</c>) or display (<c>$$…$$</c>).</summary>
/// <param name="Tex">The TeX source.</param>
/// <param name="Display">True for display math.</param>
public sealed record MathExpression(string Tex, bool Display);
