namespace Clawdemy.Notebooks.Plotly;

/// <summary>A plotly.js axis.</summary>
public sealed class Axis
{
    /// <summary>The axis title.</summary>
    public Title? Title { get; set; }

    /// <summary>The shown range, [low, high].</summary>
    public double[]? Range { get; set; }

    /// <summary>The share of the plot this axis spans, [start, end] between 0 and 1, for side-by-side plots.</summary>
    public double[]? Domain { get; set; }

    /// <summary>"reversed" to draw from high to low (heatmaps of pictures have row 0 at the top).</summary>
    public object? AutoRange { get; set; }

    /// <summary>Another axis ("x", "y2") whose scale this one follows, so pixels stay square.</summary>
    public string? ScaleAnchor { get; set; }

    /// <summary>The axis this one is drawn along ("x2", "y", "free").</summary>
    public string? Anchor { get; set; }

    /// <summary>Whether to show the axis line, ticks and labels.</summary>
    public bool? Visible { get; set; }

    /// <summary>Whether to draw a line at zero.</summary>
    public bool? ZeroLine { get; set; }

    /// <summary>How values are placed; a category axis labels every bar. Guessed by plotly from the data when unset.</summary>
    public AxisType? Type { get; set; }
}
