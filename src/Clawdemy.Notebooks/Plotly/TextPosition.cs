namespace Clawdemy.Notebooks.Plotly;

/// <summary>Where a bar's text goes (plotly's bar.textposition), written in lower case.</summary>
public enum TextPosition
{
    /// <summary>Inside the bar, at its end ("inside").</summary>
    Inside,

    /// <summary>Past the bar's end ("outside").</summary>
    Outside,

    /// <summary>Inside when it fits, else outside ("auto").</summary>
    Auto,

    /// <summary>Not drawn, though it still shows on hover ("none").</summary>
    None,
}
