using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace Clawdemy.Notebooks.Engine.Charts;

/// <summary>
/// How a Plotly.NET <see cref="GenericChart"/> shows under our kernel: <c>application/vnd.plotly.v1+json</c> (the
/// figure, which VS Code's and JupyterLab's plotly renderers draw offline and the handouts draw from),
/// <c>text/html</c> that draws with no network request (<see cref="ChartHtml"/>; the first chart a kernel shows also
/// brings plotly.js itself, so that a classic Notebook page has it), and a one-line <c>text/plain</c>.
/// </summary>
/// <remarks>
/// Plotly.NET.Interactive's own extension registers a text/html formatter that loads plotly.js from cdn.plot.ly with
/// require.js (blank offline); the engine registers these after every extension loads, so they win under our kernel,
/// while the same notebook in real Polyglot keeps Plotly.NET.Interactive's. The formatters are process-wide (.NET
/// Interactive's <see cref="Formatter"/> is static), and so is the note that plotly.js was sent.
/// </remarks>
public static class ChartFormatters
{
    /// <summary>The plotly MIME type Jupyter front ends render.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private static int _plotlySent;

    /// <summary>Registers the three formatters and makes them the chart's preferred MIME types.</summary>
    public static void Register()
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(FigureJson(chart)), PlotlyMimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(Html(chart)), HtmlFormatter.MimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(Describe(chart)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType, PlotlyMimeType, PlainTextFormatter.MimeType);
    }

    /// <summary>The chart's plotly.js figure: <c>{"data", "layout", "config"}</c>.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The JSON text.</returns>
    public static string FigureJson(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        figure.Remove("frames");
        var config = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart))) as JsonObject ?? [];
        config.TryAdd("responsive", true);
        config.TryAdd("displaylogo", false);
        figure["config"] = config;
        return figure.ToJsonString();
    }

    /// <summary>A one-line description, such as "Chart: The bias slides Sigmoid left and right (2 traces)".</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The text.</returns>
    public static string Describe(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!;
        var title = figure["layout"]?["title"] switch
        {
            JsonObject t => (string?)t["text"],
            JsonValue v => (string?)v,
            _ => null,
        };
        return $"Chart: {title ?? "untitled"} ({GenericChart.countTrace(chart)} traces)";
    }

    private static string Html(GenericChart chart)
    {
        var fragment = ChartHtml.Fragment(FigureJson(chart));
        return Interlocked.Exchange(ref _plotlySent, 1) == 0 ? PlotlyBundle.ScriptElement + "\n" + fragment : fragment;
    }
}
