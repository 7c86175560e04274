namespace Clawdemy.Notebooks.Plotly;

/// <summary>What a slider step calls in plotly.js when it is chosen (plotly's sliders[].steps[].method), written in lower case.</summary>
public enum SliderMethod
{
    /// <summary>Changes traces' data or style (Plotly.restyle, "restyle").</summary>
    Restyle,

    /// <summary>Changes the layout (Plotly.relayout, "relayout").</summary>
    Relayout,

    /// <summary>Changes traces and layout together (Plotly.update, "update").</summary>
    Update,

    /// <summary>Moves to a frame (Plotly.animate, "animate").</summary>
    Animate,

    /// <summary>Calls nothing; the step only moves the slider ("skip").</summary>
    Skip,
}
