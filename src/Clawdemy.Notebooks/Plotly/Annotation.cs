namespace Clawdemy.Notebooks.Plotly;

/// <summary>A text note on a chart, optionally with an arrow to a point.</summary>
public sealed class Annotation
{
    /// <summary>The note.</summary>
    public string Text { get; set; } = "";

    /// <summary>Where it points, in data units (or paper units with <see cref="XRef"/> "paper").</summary>
    public object? X { get; set; }

    /// <summary>Where it points, in data units.</summary>
    public double? Y { get; set; }

    /// <summary>"x", "x2" or "paper".</summary>
    public string? XRef { get; set; }

    /// <summary>"y", "y2" or "paper".</summary>
    public string? YRef { get; set; }

    /// <summary>Which side of the text sits at X; plotly's auto when unset.</summary>
    public XAnchor? XAnchor { get; set; }

    /// <summary>Which side of the text sits at Y; plotly's auto when unset.</summary>
    public YAnchor? YAnchor { get; set; }

    /// <summary>Whether an arrow points from the text to (X, Y).</summary>
    public bool ShowArrow { get; set; }

    /// <summary>Vertical offset of the text from the point, in pixels.</summary>
    public double? AY { get; set; }

    /// <summary>Pixels between the arrow's head and the point it marks, so the arrow stops short of a bar's own label.</summary>
    public double? Standoff { get; set; }
}
