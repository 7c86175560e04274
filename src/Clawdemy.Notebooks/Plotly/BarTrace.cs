namespace Clawdemy.Notebooks.Plotly;

/// <summary>A plotly.js bar trace. With <see cref="Base"/>, bars float: the waterfall of contributions uses that.</summary>
public sealed class BarTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "bar";

    /// <summary>Where each bar starts (plotly's base); null means zero.</summary>
    public double[]? Base { get; set; }

    /// <summary>The bars' fill.</summary>
    public Marker? Marker { get; set; }

    /// <summary>Where the text goes; plotly's default (inside when it fits) when unset.</summary>
    public TextPosition? TextPosition { get; set; }
}
