using System.Text.Json.Serialization;

namespace Clawdemy.Notebooks.Plotly;

/// <summary>One plotly.js trace: a set of data drawn one way (a line, bars, a heatmap).</summary>
public abstract class Trace
{
    /// <summary>The plotly.js trace type, such as "scatter", "bar" or "heatmap".</summary>
    [JsonPropertyOrder(-10)]
    public abstract string Type { get; }

    /// <summary>The name in the legend and on hover.</summary>
    public string? Name { get; set; }

    /// <summary>The x values: numbers or category names.</summary>
    public object? X { get; set; }

    /// <summary>The y values: numbers or category names.</summary>
    public object? Y { get; set; }

    /// <summary>The x axis to draw on: "x" (the default), "x2", …</summary>
    [JsonPropertyName("xaxis")]
    public string? XAxis { get; set; }

    /// <summary>The y axis to draw on: "y" (the default), "y2", …</summary>
    [JsonPropertyName("yaxis")]
    public string? YAxis { get; set; }

    /// <summary>Text on hover, with plotly's %{x} placeholders.</summary>
    public string? HoverTemplate { get; set; }

    /// <summary>Whether the trace has a legend entry.</summary>
    public bool? ShowLegend { get; set; }

    /// <summary>Text per point, shown on bars or on hover.</summary>
    public object? Text { get; set; }
}
