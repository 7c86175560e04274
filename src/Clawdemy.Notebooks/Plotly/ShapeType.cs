namespace Clawdemy.Notebooks.Plotly;

/// <summary>What a shape draws (plotly's layout.shapes[].type), written in lower case.</summary>
public enum ShapeType
{
    /// <summary>A straight line from (x0, y0) to (x1, y1) ("line").</summary>
    Line,

    /// <summary>A rectangle with corners (x0, y0) and (x1, y1) ("rect").</summary>
    Rect,

    /// <summary>A circle inside the rectangle (x0, y0)–(x1, y1) ("circle").</summary>
    Circle,
}
