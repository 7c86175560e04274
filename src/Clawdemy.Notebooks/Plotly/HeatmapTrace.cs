using System.Text.Json.Serialization;

namespace Clawdemy.Notebooks.Plotly;

/// <summary>A plotly.js heatmap: a grid of values drawn as colours, such as 28×28 weights or pixels.</summary>
public sealed class HeatmapTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "heatmap";

    /// <summary>The values, row by row (row 0 is drawn at the bottom unless the y axis is reversed).</summary>
    public double[][]? Z { get; set; }

    /// <summary>A named plotly colour scale ("Greys", "RdBu") or a list of [position, colour] pairs.</summary>
    public object? ColorScale { get; set; }

    /// <summary>The value at the low end of the scale.</summary>
    public double? ZMin { get; set; }

    /// <summary>The value at the high end of the scale.</summary>
    public double? ZMax { get; set; }

    /// <summary>Whether to show the colour bar.</summary>
    public bool? ShowScale { get; set; }

    /// <summary>What each cell shows as text, such as "%{text}" to write the trace's text in every cell.</summary>
    public string? TextTemplate { get; set; }

    /// <summary>When the heatmap shows square pictures, how they are tiled (written as plotly's trace <c>meta</c>).</summary>
    [JsonPropertyName("meta")]
    public PictureTiling? Tiling { get; set; }
}
