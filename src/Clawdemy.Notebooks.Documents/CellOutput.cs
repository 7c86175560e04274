using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Documents;

/// <summary>One nbformat output of a code cell: a stream, display data, an execute result or an error.</summary>
public sealed class CellOutput
{
    private readonly JsonObject _json;

    internal CellOutput(JsonObject json) => _json = json;

    /// <summary>"stream", "display_data", "execute_result" or "error".</summary>
    public string OutputType => (string?)_json["output_type"] ?? "";

    /// <summary>For a stream, "stdout" or "stderr".</summary>
    public string? StreamName => (string?)_json["name"];

    /// <summary>For a stream, its text.</summary>
    public string Text => NotebookJson.JoinText(_json["text"]) ?? "";

    /// <summary>For display data, each MIME type's content.</summary>
    public IReadOnlyDictionary<string, string> Data =>
        (_json["data"] as JsonObject)?.ToDictionary(p => p.Key, p => NotebookJson.JoinText(p.Value) ?? p.Value?.ToJsonString() ?? "")
        ?? new Dictionary<string, string>();

    /// <summary>For an error, its name.</summary>
    public string? ErrorName => (string?)_json["ename"];

    /// <summary>For an error, its message.</summary>
    public string? ErrorValue => (string?)_json["evalue"];

    /// <summary>For an error, the traceback lines.</summary>
    public IReadOnlyList<string> Traceback => (_json["traceback"] as JsonArray)?.Select(x => (string?)x ?? "").ToArray() ?? [];

    /// <summary>A stdout or stderr stream output.</summary>
    public static CellOutput Stream(string name, string text) => new(new JsonObject
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = NotebookJson.Lines(text),
    });

    /// <summary>A display_data output with one entry per MIME type; JSON types (<c>application/…+json</c>) are kept as JSON, as nbformat stores them.</summary>
    public static CellOutput Display(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, content) in data) bundle[mime] = IsJsonMime(mime) && TryParse(content) is { } json ? json : NotebookJson.Lines(content);
        return new CellOutput(new JsonObject { ["data"] = bundle, ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
    }

    private static bool IsJsonMime(string mime) => mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>An error output in the Polyglot form: ename "Error", the message, and its lines as the traceback.</summary>
    public static CellOutput Error(string message) => new(new JsonObject
    {
        ["ename"] = "Error",
        ["evalue"] = message,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray(message.Split('\n').Select(l => (JsonNode)l.TrimEnd('\r')).ToArray()),
    });

    internal JsonObject ToJson() => _json.DeepClone().AsObject();
}
