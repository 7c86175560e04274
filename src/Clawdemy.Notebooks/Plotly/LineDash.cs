namespace Clawdemy.Notebooks.Plotly;

/// <summary>How a line is dashed (plotly's line.dash), written in lower case.</summary>
public enum LineDash
{
    /// <summary>A solid line ("solid", plotly's default).</summary>
    Solid,

    /// <summary>Dots ("dot"): the course draws reference lines, such as f(z) = 0.5, dotted.</summary>
    Dot,

    /// <summary>Dashes ("dash").</summary>
    Dash,

    /// <summary>Long dashes ("longdash").</summary>
    LongDash,

    /// <summary>Dashes and dots ("dashdot").</summary>
    DashDot,

    /// <summary>Long dashes and dots ("longdashdot").</summary>
    LongDashDot,
}
