namespace Clawdemy.Notebooks.Plotly;

/// <summary>The current value shown above a slider.</summary>
/// <param name="Prefix">Text before the value, such as "bias b = ".</param>
/// <param name="Visible">Whether it is shown.</param>
public sealed record SliderValue(string Prefix, bool Visible = true);
