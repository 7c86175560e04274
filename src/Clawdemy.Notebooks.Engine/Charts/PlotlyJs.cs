namespace Clawdemy.Notebooks.Engine.Charts;

/// <summary>
/// The one plotly.js the course draws with, in a notebook page under our kernel and in the handouts: a bundle of only
/// the trace types the lesson's charts use, built by the build from plotly.js's own npm modules (the Handouts project's
/// <c>Assets/Plotly/build.js</c>).
/// </summary>
public static class PlotlyJs
{
    /// <summary>The pinned plotly.js version; package.json pins the same version of <see cref="Package"/>.</summary>
    public const string Version = "4.1.1";

    /// <summary>The npm package whose modules the bundle is built from.</summary>
    public const string Package = "plotly.js";

    /// <summary>The trace types the bundle holds (scatter comes with plotly.js's core): those the lesson's charts draw.</summary>
    public static IReadOnlyList<string> Traces { get; } = ["scatter", "bar", "heatmap"];
}
