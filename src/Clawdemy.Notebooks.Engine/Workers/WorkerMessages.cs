using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Engine.Workers;

/// <summary>The JSON lines between a runner and its worker process. Worker lines start with a record separator.</summary>
internal static class WorkerMessages
{
    /// <summary>Marks the worker's protocol lines on stdout, so stray writes to the real stdout cannot be mistaken for them.</summary>
    public const char Marker = '\u001e';

    public static JsonObject Request(string directory, int maxOutputChars, bool stopOnError, IEnumerable<(int Index, string Source, string Kernel)> cells) => new()
    {
        ["directory"] = directory,
        ["maxOutputChars"] = maxOutputChars,
        ["stopOnError"] = stopOnError,
        ["cells"] = new JsonArray(cells.Select(c => (JsonNode)new JsonObject { ["index"] = c.Index, ["source"] = c.Source, ["kernel"] = c.Kernel }).ToArray()),
    };

    public static string Start(int index) => Marker + new JsonObject { ["type"] = "start", ["index"] = index }.ToJsonString();

    public static string End(int index, JsonArray outputs, IEnumerable<string> errors) => Marker + new JsonObject
    {
        ["type"] = "end", ["index"] = index, ["outputs"] = outputs, ["errors"] = new JsonArray(errors.Select(e => (JsonNode)e).ToArray()),
    }.ToJsonString();

    public static string Done() => Marker + new JsonObject { ["type"] = "done" }.ToJsonString();
}
