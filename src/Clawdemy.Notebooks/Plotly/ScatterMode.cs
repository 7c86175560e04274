using System.Text.Json.Serialization;

namespace Clawdemy.Notebooks.Plotly;

/// <summary>
/// What a scatter trace draws (plotly.js's mode, a flag list): <c>ScatterMode.Lines | ScatterMode.Markers</c> is written
/// "lines+markers"; no flag at all is written "none".
/// </summary>
[Flags]
[JsonConverter(typeof(ScatterModeConverter))]
public enum ScatterMode
{
    /// <summary>Nothing drawn ("none").</summary>
    None = 0,

    /// <summary>A line through the points ("lines").</summary>
    Lines = 1,

    /// <summary>A marker at each point ("markers").</summary>
    Markers = 2,

    /// <summary>Each point's text ("text").</summary>
    Text = 4,
}
