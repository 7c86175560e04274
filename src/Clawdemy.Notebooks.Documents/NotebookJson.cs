using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Documents;

/// <summary>
/// Writes JSON exactly as VS Code saves an .ipynb: keys sorted (ordinal), one-space indent, only the escapes
/// JavaScript's JSON.stringify makes, and a trailing newline. Numbers keep the text they were read with.
/// </summary>
internal static class NotebookJson
{
    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        WriteNode(text, node, 0);
        return text.Append('\n').ToString();
    }

    private static void WriteNode(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                if (obj.Count == 0) { text.Append("{}"); break; }
                text.Append("{\n");
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first) text.Append(",\n");
                    first = false;
                    text.Append(' ', depth + 1);
                    WriteString(text, key);
                    text.Append(": ");
                    WriteNode(text, value, depth + 1);
                }

                text.Append('\n').Append(' ', depth).Append('}');
                break;
            case JsonArray array:
                if (array.Count == 0) { text.Append("[]"); break; }
                text.Append("[\n");
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(",\n");
                    text.Append(' ', depth + 1);
                    WriteNode(text, array[i], depth + 1);
                }

                text.Append('\n').Append(' ', depth).Append(']');
                break;
            case JsonValue value:
                WriteValue(text, value);
                break;
        }
    }

    private static void WriteValue(StringBuilder text, JsonValue value)
    {
        if (value.TryGetValue<string>(out var s)) { WriteString(text, s); return; }
        if (value.TryGetValue<bool>(out var b)) { text.Append(b ? "true" : "false"); return; }
        if (value.TryGetValue<System.Text.Json.JsonElement>(out var element)) { text.Append(element.GetRawText()); return; }
        if (value.TryGetValue<int>(out var i)) { text.Append(i.ToString(CultureInfo.InvariantCulture)); return; }
        if (value.TryGetValue<long>(out var l)) { text.Append(l.ToString(CultureInfo.InvariantCulture)); return; }
        if (value.TryGetValue<double>(out var d)) { text.Append(d.ToString("R", CultureInfo.InvariantCulture)); return; }
        text.Append(value.ToJsonString());
    }

    /// <summary>A string as JSON.stringify writes it.</summary>
    public static void WriteString(StringBuilder text, string s)
    {
        text.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsSurrogate(c))
                    {
                        var paired = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
                        if (paired) { text.Append(c).Append(s[++i]); }
                        else { text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); }
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    /// <summary>Multi-line text as nbformat stores it: an array of lines, each ending in \n but the last.</summary>
    public static JsonArray Lines(string text)
    {
        var array = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                array.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length) array.Add(text[start..]);
        return array;
    }

    /// <summary>Text that nbformat stores either as one string or as an array of lines.</summary>
    public static string? JoinText(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray a when a.All(x => x is JsonValue xv && xv.TryGetValue<string>(out _)) => string.Concat(a.Select(x => x!.GetValue<string>())),
        _ => null,
    };
}
