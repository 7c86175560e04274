namespace Clawdemy.Notebooks.Plotly;

/// <summary>Which side of an annotation's text sits at its y (plotly's annotation.yanchor), written in lower case.</summary>
public enum YAnchor
{
    /// <summary>Chosen by plotly from where the point is ("auto").</summary>
    Auto,

    /// <summary>The text's top edge ("top").</summary>
    Top,

    /// <summary>The text's middle ("middle").</summary>
    Middle,

    /// <summary>The text's bottom edge ("bottom").</summary>
    Bottom,
}
