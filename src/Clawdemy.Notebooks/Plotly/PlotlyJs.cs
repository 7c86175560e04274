namespace Clawdemy.Notebooks.Plotly;

/// <summary>
/// The one plotly.js version the course uses, for the CDN path and the bundled path alike. The handouts inline a
/// bundle of only the trace types the figure model draws, built by the build from plotly.js's own modules (the
/// Handouts project's <c>PlotlyBundle</c> says where).
/// </summary>
public static class PlotlyJs
{
    /// <summary>The pinned plotly.js version; package.json pins the same version of <see cref="Package"/>.</summary>
    public const string Version = "4.1.1";

    /// <summary>The npm package whose modules the bundle is built from.</summary>
    public const string Package = "plotly.js";

    /// <summary>The trace types the figure model draws, and so the ones the bundle holds (scatter comes with plotly.js's core).</summary>
    public static IReadOnlyList<string> Traces { get; } = ["scatter", "bar", "heatmap"];

    /// <summary>The cartesian bundle on the plotly CDN (for notebook front ends), without ".js", as require.js wants it.</summary>
    public const string CdnModule = "https://cdn.plot.ly/plotly-cartesian-" + Version + ".min";

    /// <summary>require.js on a CDN, loaded only when a page has neither Plotly nor require.js (as Plotly.NET.Interactive does).</summary>
    public const string RequireJsUrl = "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js";
}
