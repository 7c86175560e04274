namespace Clawdemy.Notebooks.Plotly;

/// <summary>A line or rectangle drawn on a chart, such as the threshold line at z = 0.</summary>
public sealed class Shape
{
    /// <summary>What it draws: a line unless set.</summary>
    public ShapeType Type { get; set; } = ShapeType.Line;

    /// <summary>Start x.</summary>
    public double X0 { get; set; }

    /// <summary>End x.</summary>
    public double X1 { get; set; }

    /// <summary>Start y.</summary>
    public double Y0 { get; set; }

    /// <summary>End y.</summary>
    public double Y1 { get; set; }

    /// <summary>"x" or "paper".</summary>
    public string? XRef { get; set; }

    /// <summary>"y" or "paper".</summary>
    public string? YRef { get; set; }

    /// <summary>The outline.</summary>
    public Line? Line { get; set; }
}
