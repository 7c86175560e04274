using System.Text;
using Clawdemy.Notebooks.Engine.Documents;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// Collects one cell's outputs in order: consecutive writes to one stream merge into one output, displays are kept
/// addressable for <c>Update</c>, and everything past the size cap is cut with a visible marker.
/// </summary>
internal sealed class CellOutputSink(int maxOutputChars)
{
    private readonly List<Entry> _entries = [];
    private int _used;
    private bool _cut;

    /// <summary>The marker that ends a cut output.</summary>
    public static string CutMarker(int maxChars) =>
        $"\n… [output cut: this cell produced more than {maxChars / 1024} KB of output; the rest was dropped]\n";

    public bool WasCut => _cut;

    public void WriteStream(string name, string text)
    {
        if (text.Length == 0) return;
        text = Take(text);
        if (text.Length == 0) return;
        if (_entries.Count > 0 && _entries[^1] is StreamEntry last && last.Name == name)
        {
            last.Text.Append(text);
            return;
        }

        _entries.Add(new StreamEntry(name, new StringBuilder(text)));
    }

    public int AddDisplay(IReadOnlyDictionary<string, string> data)
    {
        _entries.Add(new DisplayEntry(Limit(data)));
        return _entries.Count - 1;
    }

    public void ReplaceDisplay(int index, IReadOnlyDictionary<string, string> data)
    {
        if (index >= 0 && index < _entries.Count && _entries[index] is DisplayEntry)
        {
            _entries[index] = new DisplayEntry(Limit(data));
        }
    }

    public void AddError(string message) => _entries.Add(new ErrorEntry(message));

    public IReadOnlyList<CellOutput> ToOutputs()
    {
        var outputs = _entries.Select(e => e switch
        {
            StreamEntry s => CellOutput.Stream(s.Name, s.Text.ToString()),
            DisplayEntry d => CellOutput.Display(d.Data),
            ErrorEntry x => CellOutput.Error(x.Message),
            _ => throw new InvalidOperationException(),
        }).ToList();
        if (_cut) outputs.Add(CellOutput.Stream("stderr", CutMarker(maxOutputChars)));
        return outputs;
    }

    private IReadOnlyDictionary<string, string> Limit(IReadOnlyDictionary<string, string> data)
    {
        var size = data.Values.Max(v => v.Length);
        if (_used + size <= maxOutputChars)
        {
            _used += size;
            return data;
        }

        _cut = true;
        var room = Math.Max(0, maxOutputChars - _used);
        _used = maxOutputChars;
        // HTML cut in the middle would be broken markup; keep only the plain text, shortened.
        var plain = data.TryGetValue("text/plain", out var p) ? p : "(a display too large to keep)";
        return new Dictionary<string, string> { ["text/plain"] = plain[..Math.Min(plain.Length, room)] };
    }

    private string Take(string text)
    {
        var room = maxOutputChars - _used;
        if (text.Length <= room)
        {
            _used += text.Length;
            return text;
        }

        _cut = true;
        _used = maxOutputChars;
        return room > 0 ? text[..room] : "";
    }

    private abstract record Entry;

    private sealed record StreamEntry(string Name, StringBuilder Text) : Entry;

    private sealed record DisplayEntry(IReadOnlyDictionary<string, string> Data) : Entry;

    private sealed record ErrorEntry(string Message) : Entry;
}
