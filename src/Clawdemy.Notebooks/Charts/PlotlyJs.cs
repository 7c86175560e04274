namespace Clawdemy.Notebooks.Charts;

/// <summary>The one plotly.js version the course uses, for the CDN path and the bundled path alike.</summary>
public static class PlotlyJs
{
    /// <summary>The pinned plotly.js version; package.json pins the same version of plotly.js-cartesian-dist-min.</summary>
    public const string Version = "4.1.1";

    /// <summary>The npm package that the handouts inline.</summary>
    public const string Package = "plotly.js-cartesian-dist-min";

    /// <summary>The bundle's file inside that package.</summary>
    public const string BundleFile = "plotly-cartesian.min.js";

    /// <summary>The same bundle on the plotly CDN, without ".js", as require.js wants it.</summary>
    public const string CdnModule = "https://cdn.plot.ly/plotly-cartesian-" + Version + ".min";

    /// <summary>require.js on a CDN, loaded only when a page has neither Plotly nor require.js (as Plotly.NET.Interactive does).</summary>
    public const string RequireJsUrl = "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js";
}
