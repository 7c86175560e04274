using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clawdemy.Notebooks.Plotly;

/// <summary>
/// How the figure model becomes plotly.js JSON: lower-case attribute names, nulls left out, stable output; plotly's
/// closed sets are enums written in lower case (<see cref="BarMode"/>), its flag lists as flags (<see cref="ScatterMode"/>).
/// </summary>
internal static class ChartJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = new LowerCase(),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Converters = { new ScatterModeConverter(), new JsonStringEnumConverter(new LowerCase(), allowIntegerValues: false) },
    };

    /// <summary>Rounds for the page, so that charts stay small and their JSON stable: 4 decimals.</summary>
    public static double[] Round(IEnumerable<double> values, int decimals = 4) => values.Select(v => Math.Round(v, decimals)).ToArray();

    private sealed class LowerCase : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}
