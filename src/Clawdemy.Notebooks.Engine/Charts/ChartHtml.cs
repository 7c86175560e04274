using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Engine.Charts;

/// <summary>
/// A plotly.js figure (<c>{"data", "layout", "config"}</c>, the <c>application/vnd.plotly.v1+json</c> of a chart) as an
/// HTML fragment that draws with the page's own <c>window.Plotly</c>: a notebook output under our kernel (whose first
/// chart brings plotly.js, <see cref="ChartFormatters"/>) and a handout (which inlines plotly.js once) alike. It loads
/// nothing from the network: no CDN, no require.js.
/// </summary>
/// <remarks>
/// The script fits the layout to the width it is drawn at (fit-figure.js: titles wrap, narrow charts put the legend
/// below, no 28×28 picture is drawn under 4 px a pixel, a fixed width wider than the page gives way) and fits again on
/// a resize. Without plotly.js on the page it says so in the element instead of drawing.
/// </remarks>
public static class ChartHtml
{
    /// <summary>The class of the element every chart draws into; the handouts inline plotly.js for an output that carries it.</summary>
    public const string HtmlClass = "clawdemy-figure";

    /// <summary>The height a chart is given when its layout names none, as plotly.js's default.</summary>
    public const int DefaultHeight = 450;

    private static int _shown;

    /// <summary>The fragment for one figure.</summary>
    /// <param name="figureJson">The figure's plotly.js JSON; <c>config</c> may be missing (responsive, no logo, then).</param>
    /// <returns>A div and the script that draws into it.</returns>
    /// <exception cref="System.Text.Json.JsonException">When <paramref name="figureJson"/> is not JSON.</exception>
    public static string Fragment(string figureJson)
    {
        var figure = JsonNode.Parse(figureJson)?.AsObject() ?? throw new ArgumentException("A plotly figure is a JSON object.", nameof(figureJson));
        var layout = figure["layout"] as JsonObject;
        var height = layout?["height"] is JsonValue h && h.TryGetValue(out double value) && value > 0 ? (int)value : DefaultHeight;
        var json = new JsonObject
        {
            ["data"] = figure["data"]?.DeepClone() ?? new JsonArray(),
            ["layout"] = layout?.DeepClone() ?? new JsonObject(),
            ["config"] = figure["config"]?.DeepClone() ?? new JsonObject { ["responsive"] = true, ["displaylogo"] = false },
        }.ToJsonString();
        var id = $"{HtmlClass}-{Hash(json)}-{Interlocked.Increment(ref _shown)}";
        var script = new StringBuilder()
            .Append("(function () {\n")
            .Append("  var figure = ").Append(json.Replace("</", "<\\/", StringComparison.Ordinal)).Append(";\n")
            .Append(FitScript)
            .Append("  var element = document.getElementById('").Append(id).Append("');\n")
            .Append("  if (!window.Plotly) { element.textContent = 'This chart needs plotly.js, which this page does not have.'; return; }\n")
            .Append("  var width = function () { return element.clientWidth || 700; };\n")
            .Append("  var drawnAt = width();\n")
            .Append("  var fitted = clawdemyFit(figure.layout, drawnAt, figure.data);\n")
            .Append("  element.style.height = fitted.layout.height + 'px';\n")
            .Append("  Plotly.newPlot(element, fitted.data, fitted.layout, figure.config);\n")
            .Append("  window.addEventListener('resize', function () {\n")
            .Append("    if (Math.abs(width() - drawnAt) < 40) return;\n")
            .Append("    drawnAt = width();\n")
            .Append("    var refitted = clawdemyFit(figure.layout, drawnAt, figure.data);\n")
            .Append("    var layout = refitted.layout;\n")
            .Append("    element.style.height = layout.height + 'px';\n")
            .Append("    if (refitted.redraw) { Plotly.newPlot(element, refitted.data, layout, figure.config); return; }\n")
            .Append("    Plotly.relayout(element, { title: layout.title || {}, margin: layout.margin, legend: layout.legend || {}, height: layout.height, width: layout.width });\n")
            .Append("  });\n")
            .Append("})();");
        return $"<div id=\"{id}\" class=\"{HtmlClass}\" style=\"width: 100%; height: {height}px;\"></div>\n<script type=\"text/javascript\">\n{script}\n</script>";
    }

    private static string FitScript { get; } = ReadScript("fit-figure.js");

    private static string ReadScript(string name)
    {
        using var stream = typeof(ChartHtml).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The engine's script {name} is missing from its resources.");
        return new StreamReader(stream).ReadToEnd();
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8].ToLowerInvariant();
}
