namespace Clawdemy.Notebooks.Plotly;

/// <summary>How a line is drawn.</summary>
/// <param name="Color">A CSS colour.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Dash">How it is dashed; solid when unset.</param>
public sealed record Line(string? Color = null, double? Width = null, LineDash? Dash = null);
