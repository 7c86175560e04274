using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Plotly;

/// <summary>
/// A plotly.js figure: traces, a layout and a config. In a notebook it shows as an interactive chart (text/html and
/// <c>application/vnd.plotly.v1+json</c> through the Polyglot <c>TypeFormatterSourceAttribute</c> convention);
/// <see cref="ToJson"/> gives the figure alone and <see cref="ToHtml"/> a whole standalone page.
/// </summary>
[TypeFormatterSource(typeof(FigureFormatterSource), PreferredMimeTypes = ["text/html", PlotlyJsonFormatter.PlotlyMimeType])]
public sealed class Figure : IHtmlRenderable
{
    /// <summary>
    /// The class of the element every chart draws into, in a notebook output and in a handout alike; the handouts
    /// inline plotly.js for an output that carries it (their <c>PlotlyBundle.IsChart</c>).
    /// </summary>
    public const string HtmlClass = "clawdemy-figure";

    private static int _shown;

    /// <summary>The traces, drawn in order.</summary>
    public IReadOnlyList<Trace> Data { get; init; } = [];

    /// <summary>The layout.</summary>
    public Layout Layout { get; set; } = new();

    /// <summary>plotly.js config options; responsive, and without the plotly logo, unless changed.</summary>
    public IReadOnlyDictionary<string, object> Config { get; init; } = new Dictionary<string, object> { ["responsive"] = true, ["displaylogo"] = false };

    /// <summary>Creates a figure from traces.</summary>
    /// <param name="traces">The traces.</param>
    /// <returns>The figure, with an empty layout.</returns>
    public static Figure Of(params Trace[] traces) => new() { Data = traces };

    /// <summary>Sets the title and returns the same figure, for chaining.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This figure.</returns>
    public Figure WithTitle(string title)
    {
        Layout.Title = new Title(title);
        return this;
    }

    /// <summary>Sets the axis titles and returns the same figure, for chaining.</summary>
    /// <param name="x">The x axis title.</param>
    /// <param name="y">The y axis title.</param>
    /// <returns>This figure.</returns>
    public Figure WithAxisTitles(string x, string y)
    {
        Layout.XAxis ??= new Axis();
        Layout.YAxis ??= new Axis();
        Layout.XAxis.Title = new Title(x);
        Layout.YAxis.Title = new Title(y);
        return this;
    }

    /// <summary>Makes the x axis a category axis, so every bar gets its label, and returns the same figure.</summary>
    /// <returns>This figure.</returns>
    public Figure WithEveryCategoryLabelled()
    {
        Layout.XAxis ??= new Axis();
        Layout.XAxis.Type = AxisType.Category;
        return this;
    }

    /// <summary>The figure as plotly.js JSON: <c>{"data": [...], "layout": {...}, "config": {...}}</c>. The same figure always gives the same text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var data = new JsonArray(Data.Select(t => JsonSerializer.SerializeToNode(t, t.GetType(), ChartJson.Options)).ToArray());
        var json = new JsonObject
        {
            ["data"] = data,
            ["layout"] = JsonSerializer.SerializeToNode(Layout, ChartJson.Options),
            ["config"] = JsonSerializer.SerializeToNode(Config.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value)),
        };
        return json.ToJsonString();
    }

    /// <summary>
    /// The chart as an HTML fragment for a notebook output: a div and a script. The script fits the layout to the width
    /// it is drawn at (titles wrap, narrow charts put the legend below, no 28×28 picture is drawn under 4 px a pixel) and draws with
    /// <c>window.Plotly</c> when the page has it (handouts inline plotly.js); otherwise it loads the pinned plotly.js
    /// through require.js from the plotly CDN, as Plotly.NET.Interactive does.
    /// </summary>
    /// <returns>The fragment.</returns>
    public string ToHtmlFragment()
    {
        var json = ToJson();
        var id = $"clawdemy-figure-{Hash(json)}-{Interlocked.Increment(ref _shown)}";
        var height = Layout.Height ?? 420;
        var script = new StringBuilder()
            .Append("(function () {\n")
            .Append("  var figure = ").Append(EscapeForScript(json)).Append(";\n")
            .Append(FitScript)
            .Append("  var element = document.getElementById('").Append(id).Append("');\n")
            .Append("  var width = function () { return element.clientWidth || 700; };\n")
            .Append("  var draw = function (Plotly) {\n")
            .Append("    var drawnAt = width();\n")
            .Append("    var fitted = clawdemyFit(figure.layout, drawnAt, figure.data);\n")
            .Append("    element.style.height = fitted.layout.height + 'px';\n")
            .Append("    Plotly.newPlot(element, fitted.data, fitted.layout, figure.config);\n")
            .Append("    window.addEventListener('resize', function () {\n")
            .Append("      if (Math.abs(width() - drawnAt) < 40) return;\n")
            .Append("      drawnAt = width();\n")
            .Append("      var refitted = clawdemyFit(figure.layout, drawnAt, figure.data);\n")
            .Append("      var layout = refitted.layout;\n")
            .Append("      element.style.height = layout.height + 'px';\n")
            .Append("      if (refitted.redraw) { Plotly.newPlot(element, refitted.data, layout, figure.config); return; }\n")
            .Append("      Plotly.relayout(element, { title: layout.title || {}, margin: layout.margin, legend: layout.legend || {}, height: layout.height });\n")
            .Append("    });\n")
            .Append("  };\n")
            .Append("  if (window.Plotly) { draw(window.Plotly); return; }\n")
            .Append("  var viaRequire = function () {\n")
            .Append("    var load = requirejs.config({ context: 'clawdemy-plotly', paths: { plotly: '").Append(PlotlyJs.CdnModule).Append("' } });\n")
            .Append("    load(['plotly'], function (Plotly) { window.Plotly = window.Plotly || Plotly; draw(Plotly); });\n")
            .Append("  };\n")
            .Append("  if (typeof requirejs === 'function' && typeof requirejs.config === 'function') { viaRequire(); return; }\n")
            .Append("  var script = document.createElement('script');\n")
            .Append("  script.src = '").Append(PlotlyJs.RequireJsUrl).Append("';\n")
            .Append("  script.onload = viaRequire;\n")
            .Append("  document.head.appendChild(script);\n")
            .Append("})();");
        return $"<div id=\"{id}\" class=\"{HtmlClass}\" style=\"width: 100%; height: {height}px;\"></div>\n<script type=\"text/javascript\">\n{script}\n</script>";
    }

    /// <summary>
    /// A whole standalone HTML page with the chart. With <paramref name="plotlyScript"/> (the text of plotly.js) the page
    /// works offline; without it, it loads plotly.js from the CDN when opened.
    /// </summary>
    /// <param name="plotlyScript">The plotly.js bundle's text to inline, or null.</param>
    /// <returns>The page.</returns>
    public string ToHtml(string? plotlyScript = null)
    {
        var title = Html.Escape(Layout.Title?.Text ?? "Chart");
        var inline = plotlyScript is null ? "" : $"<script type=\"text/javascript\">{plotlyScript}</script>\n";
        return $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{inline}</head>\n<body>\n{ToHtmlFragment()}\n</body>\n</html>\n";
    }

    /// <summary>A short description, such as "Figure: Activation functions (5 traces)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Figure: {Layout.Title?.Text ?? "untitled"} ({Data.Count} traces)";

    private static string FitScript { get; } = ReadScript("fit-figure.js");

    /// <summary>One of the library's own scripts, embedded in the assembly under its file name.</summary>
    internal static string ReadScript(string name)
    {
        using var stream = typeof(Figure).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The library's script {name} is missing from its resources.");
        return new StreamReader(stream).ReadToEnd();
    }

    private static string EscapeForScript(string json) => json.Replace("</", "<\\/");

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8].ToLowerInvariant();
}
