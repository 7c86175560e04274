namespace Clawdemy.Notebooks.Plotly;

/// <summary>A plotly.js slider: each step restyles the traces, so a reader can drag a value with no code running.</summary>
public sealed class Slider
{
    /// <summary>The step shown first.</summary>
    public int Active { get; set; }

    /// <summary>The steps, in order along the slider.</summary>
    public IReadOnlyList<SliderStep> Steps { get; set; } = [];

    /// <summary>The label above the slider, such as "bias b = ".</summary>
    public SliderValue? CurrentValue { get; set; }

    /// <summary>Space around the slider, in pixels.</summary>
    public Dictionary<string, double>? Pad { get; set; } = new() { ["t"] = 40 };
}
