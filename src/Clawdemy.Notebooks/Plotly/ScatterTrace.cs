namespace Clawdemy.Notebooks.Plotly;

/// <summary>A plotly.js scatter trace: points, a line through them, or both.</summary>
public sealed class ScatterTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "scatter";

    /// <summary>What it draws: a line through the points unless set.</summary>
    public ScatterMode? Mode { get; set; } = ScatterMode.Lines;

    /// <summary>The line's style.</summary>
    public Line? Line { get; set; }

    /// <summary>The points' style.</summary>
    public Marker? Marker { get; set; }
}
