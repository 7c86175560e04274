using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// Turns the engine's MIME bundles into Jupyter's <c>data</c> objects: JSON types (<c>application/…+json</c>, such as
/// plotly's figure) travel as JSON, not as text, and every bundle carries <c>text/plain</c> for front ends that show
/// nothing richer.
/// </summary>
internal static class MimeBundles
{
    public static JsonObject ToData(IReadOnlyDictionary<string, string> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, text) in bundle) data[mime] = IsJson(mime) ? ParseOrText(text) : text;
        if (!data.ContainsKey("text/plain")) data["text/plain"] = PlainFallback(bundle);
        return data;
    }

    private static bool IsJson(string mime) => mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? ParseOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static string PlainFallback(IReadOnlyDictionary<string, string> bundle) =>
        bundle.Keys.FirstOrDefault() is { } mime ? $"<{mime} output>" : "";
}
