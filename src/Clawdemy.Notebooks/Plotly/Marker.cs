namespace Clawdemy.Notebooks.Plotly;

/// <summary>How points or bars are filled.</summary>
/// <param name="Color">A CSS colour, or one colour per point (an array).</param>
/// <param name="Size">The size of points in pixels.</param>
public sealed record Marker(object? Color = null, double? Size = null);
