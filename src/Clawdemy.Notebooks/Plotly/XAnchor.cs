namespace Clawdemy.Notebooks.Plotly;

/// <summary>Which side of an annotation's text sits at its x (plotly's annotation.xanchor), written in lower case.</summary>
public enum XAnchor
{
    /// <summary>Chosen by plotly from where the point is ("auto").</summary>
    Auto,

    /// <summary>The text's left edge ("left").</summary>
    Left,

    /// <summary>The text's middle ("center").</summary>
    Center,

    /// <summary>The text's right edge ("right").</summary>
    Right,
}
