namespace Clawdemy.Notebooks.Charts;

/// <summary>How a line is drawn.</summary>
/// <param name="Color">A CSS colour.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Dash">"solid", "dot", "dash" or "dashdot".</param>
public sealed record Line(string? Color = null, double? Width = null, string? Dash = null);
