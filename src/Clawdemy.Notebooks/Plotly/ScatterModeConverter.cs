using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clawdemy.Notebooks.Plotly;

/// <summary>Writes a <see cref="ScatterMode"/> as plotly.js's flag list ("lines+markers") and reads one back.</summary>
internal sealed class ScatterModeConverter : JsonConverter<ScatterMode>
{
    private static readonly (ScatterMode Flag, string Name)[] Flags = [(ScatterMode.Lines, "lines"), (ScatterMode.Markers, "markers"), (ScatterMode.Text, "text")];

    public override ScatterMode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? "none";
        if (text == "none") return ScatterMode.None;
        var mode = ScatterMode.None;
        foreach (var part in text.Split('+'))
        {
            var flag = Array.FindIndex(Flags, f => f.Name == part);
            if (flag < 0) throw new JsonException($"'{part}' is not a scatter mode (lines, markers, text or none)");
            mode |= Flags[flag].Flag;
        }

        return mode;
    }

    public override void Write(Utf8JsonWriter writer, ScatterMode value, JsonSerializerOptions options)
    {
        var names = Flags.Where(f => value.HasFlag(f.Flag)).Select(f => f.Name).ToArray();
        writer.WriteStringValue(names.Length == 0 ? "none" : string.Join("+", names));
    }
}
