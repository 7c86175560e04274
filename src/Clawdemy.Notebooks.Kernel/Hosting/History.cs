using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Kernel.Protocol;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// The inputs (and plain-text results) of this kernel's executions, in memory, for history_request: <c>tail</c>,
/// <c>range</c> and <c>search</c> with a glob pattern, as IPython answers them. Entries are
/// <c>[session, line, input]</c>, or <c>[session, line, [input, output]]</c> when outputs are asked for.
/// </summary>
internal sealed class History
{
    /// <summary>The session number entries carry: this process's history is one session.</summary>
    public const int SessionNumber = 1;

    private readonly List<(int Line, string Input, string? Output)> _entries = [];

    public void Add(int line, string input, string? output)
    {
        lock (_entries) _entries.Add((line, input, output));
    }

    public JsonArray Query(JupyterMessage request)
    {
        List<(int Line, string Input, string? Output)> entries;
        lock (_entries) entries = [.. _entries];
        var output = request.Flag("output", false);
        var n = request.Number("n", 10);
        IEnumerable<(int Line, string Input, string? Output)> chosen = request.Text("hist_access_type") switch
        {
            "tail" => entries.TakeLast(Math.Max(0, n)),
            "range" => Range(entries, request.Number("session", SessionNumber), request.Number("start", 1), request.Number("stop", int.MaxValue)),
            "search" => Search(entries, request.Text("pattern", "*"), request.Flag("unique", false), n),
            _ => [],
        };
        return new JsonArray(chosen.Select(e => (JsonNode)new JsonArray(
            SessionNumber, e.Line, output ? new JsonArray(e.Input, e.Output) : (JsonNode)e.Input)).ToArray());
    }

    private static IEnumerable<(int, string, string?)> Range(List<(int Line, string Input, string? Output)> entries, int session, int start, int stop) =>
        session is SessionNumber or 0 || session < 0 ? entries.Where(e => e.Line >= start && e.Line < stop) : [];

    private static IEnumerable<(int, string, string?)> Search(List<(int Line, string Input, string? Output)> entries, string pattern, bool unique, int n)
    {
        var glob = new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        var matches = entries.Where(e => glob.IsMatch(e.Input)).ToList();
        if (unique) matches = matches.GroupBy(e => e.Input).Select(g => g.Last()).OrderBy(e => e.Line).ToList();
        return n > 0 ? matches.TakeLast(n) : matches;
    }
}
