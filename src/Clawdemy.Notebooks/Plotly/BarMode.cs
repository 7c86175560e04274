namespace Clawdemy.Notebooks.Plotly;

/// <summary>How plotly.js combines the bars of several traces at one x (its layout.barmode), written in lower case.</summary>
public enum BarMode
{
    /// <summary>Side by side ("group", plotly's default).</summary>
    Group,

    /// <summary>On top of each other ("stack"): a stacked bar shows a whole made of parts.</summary>
    Stack,

    /// <summary>Over each other, each from zero ("overlay").</summary>
    Overlay,

    /// <summary>Stacked, negative values below zero and positive ones above ("relative").</summary>
    Relative,
}
