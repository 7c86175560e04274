namespace Clawdemy.Notebooks.Plotly;

/// <summary>A title of a chart or an axis.</summary>
/// <param name="Text">The text.</param>
public sealed record Title(string Text);
