namespace Clawdemy.Notebooks.Plotly;

/// <summary>How an axis places its values (plotly's axis.type), written in lower case; left unset, plotly guesses from the data.</summary>
public enum AxisType
{
    /// <summary>Numbers, evenly spaced ("linear").</summary>
    Linear,

    /// <summary>Numbers on a logarithmic scale ("log").</summary>
    Log,

    /// <summary>Dates and times ("date").</summary>
    Date,

    /// <summary>Labels, one slot each, every one shown: a category axis labels every bar ("category").</summary>
    Category,
}
