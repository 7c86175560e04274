using Clawdemy.Notebooks.Engine.Charts;

namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// The plotly.js the handouts inline: a bundle of only the trace types the lesson's charts draw, built at build time by
/// <c>build.js</c> beside this file from plotly.js's own modules (the version package.json pins, the same as the
/// kernel's, which hands the same bundle to a notebook page), into node_modules. How a handout knows it needs it: <see cref="IsChart"/>.
/// </summary>
internal static class PlotlyBundle
{
    /// <summary>The folder, inside node_modules, that build.js writes the bundle to.</summary>
    public const string Folder = ".clawdemy";

    /// <summary>The bundle, minified: it defines <c>window.Plotly</c>.</summary>
    public const string File = "plotly-clawdemy.min.js";

    /// <summary>
    /// The same bundle deflated and base64-encoded inside a small script that inflates it and runs it as an inline
    /// script (allowed by the hash of <see cref="File"/>'s text); about half the size, for the handouts.
    /// </summary>
    public const string InlineFile = "plotly-clawdemy.inline.js";

    /// <summary>
    /// Whether an output needs plotly.js: its bundle carries a plotly figure (plotly's own MIME type, which front ends
    /// render, and which the handout draws from), or its HTML has the element a chart draws into (<see cref="ChartHtml.HtmlClass"/>; the
    /// neuron playground, an HTML output with a chart inside, carries that but no figure JSON).
    /// </summary>
    /// <param name="data">The output's data, by MIME type.</param>
    public static bool IsChart(IReadOnlyDictionary<string, string> data) =>
        data.ContainsKey(ChartFormatters.PlotlyMimeType)
        || (data.TryGetValue("text/html", out var html) && html.Contains($"class=\"{ChartHtml.HtmlClass}\"", StringComparison.Ordinal));
}
