namespace Clawdemy.Notebooks.Engine.Charts;

/// <summary>
/// The plotly.js the kernel hands a page along with its first chart: the course's own bundle (the trace types the
/// lesson draws, built by the build from plotly.js's npm modules into node_modules/.clawdemy, as the handouts inline it),
/// deflated, in a script that inflates and runs it, embedded in this assembly at build time.
/// </summary>
/// <remarks>
/// It defines <c>window.Plotly</c> only when the page has none, so a page that already has plotly.js keeps its own.
/// About 0.5 MB, once per kernel session (the first chart's text/html); front ends that render the plotly MIME type
/// (VS Code, JupyterLab) never run it.
/// </remarks>
internal static class PlotlyBundle
{
    /// <summary>The resource name the build embeds the inflating bundle under.</summary>
    public const string Resource = "plotly-clawdemy.inline.js";

    /// <summary>A script element that defines <c>window.Plotly</c> when the page has none.</summary>
    public static string ScriptElement => _script.Value;

    private static readonly Lazy<string> _script = new(() =>
    {
        using var stream = typeof(PlotlyBundle).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The engine's plotly.js bundle {Resource} is missing from its resources; the build embeds it after npm ci.");
        var bundle = new StreamReader(stream).ReadToEnd();
        return $"<script type=\"text/javascript\">\nif (!window.Plotly) {{\n{bundle.Replace("</", "<\\/", StringComparison.Ordinal)}\n}}\n</script>";
    });
}
