namespace Clawdemy.Notebooks.Charts;

/// <summary>A plotly.js scatter trace: points, a line through them, or both.</summary>
public sealed class ScatterTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "scatter";

    /// <summary>"lines", "markers" or "lines+markers".</summary>
    public string? Mode { get; set; } = "lines";

    /// <summary>The line's style.</summary>
    public Line? Line { get; set; }

    /// <summary>The points' style.</summary>
    public Marker? Marker { get; set; }
}
