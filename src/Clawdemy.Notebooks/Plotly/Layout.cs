using System.Text.Json.Serialization;

namespace Clawdemy.Notebooks.Plotly;

/// <summary>A plotly.js layout: titles, axes, notes, shapes, sliders and size.</summary>
public sealed class Layout
{
    /// <summary>The chart's title.</summary>
    public Title? Title { get; set; }

    /// <summary>The first x axis.</summary>
    [JsonPropertyName("xaxis")]
    public Axis? XAxis { get; set; }

    /// <summary>The first y axis.</summary>
    [JsonPropertyName("yaxis")]
    public Axis? YAxis { get; set; }

    /// <summary>The second x axis, for side-by-side plots.</summary>
    [JsonPropertyName("xaxis2")]
    public Axis? XAxis2 { get; set; }

    /// <summary>The second y axis.</summary>
    [JsonPropertyName("yaxis2")]
    public Axis? YAxis2 { get; set; }

    /// <summary>The third x axis.</summary>
    [JsonPropertyName("xaxis3")]
    public Axis? XAxis3 { get; set; }

    /// <summary>The third y axis.</summary>
    [JsonPropertyName("yaxis3")]
    public Axis? YAxis3 { get; set; }

    /// <summary>Text notes.</summary>
    public IReadOnlyList<Annotation>? Annotations { get; set; }

    /// <summary>Lines and rectangles.</summary>
    public IReadOnlyList<Shape>? Shapes { get; set; }

    /// <summary>Sliders that restyle the data.</summary>
    public IReadOnlyList<Slider>? Sliders { get; set; }

    /// <summary>How bars of several traces combine; plotly's default (side by side) unless set.</summary>
    public BarMode? BarMode { get; set; }

    /// <summary>Whether the legend is shown.</summary>
    public bool? ShowLegend { get; set; }

    /// <summary>The height in pixels.</summary>
    public int? Height { get; set; }

    /// <summary>Margins in pixels: l, r, t, b.</summary>
    public Dictionary<string, int>? Margin { get; set; }
}
