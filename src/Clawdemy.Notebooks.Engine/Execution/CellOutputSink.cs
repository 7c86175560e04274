using System.Text;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// Collects one cell's outputs in order, in the shape Polyglot saves: consecutive writes to one stream merge into one
/// output, the trailing value is a display, a display updated within the cell is replaced in place, and everything past
/// the size cap (in UTF-8 bytes, as <c>--max-output</c> says) is cut with a visible marker. Thread-safe: a cell's own
/// threads may write to it.
/// </summary>
public sealed class CellOutputSink(int maxOutputBytes) : ICellOutputs
{
    private readonly List<Entry> _entries = [];
    private readonly Lock _gate = new();
    private int _used;
    private bool _cut;

    /// <summary>The marker that ends a cut output.</summary>
    /// <param name="maxBytes">The cap that was passed.</param>
    public static string CutMarker(int maxBytes) =>
        $"\n… [output cut: this cell produced more than {maxBytes / 1024} KB of output; the rest was dropped]\n";

    /// <inheritdoc/>
    public void WriteStream(string name, string text)
    {
        lock (_gate)
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
    }

    /// <inheritdoc/>
    public void Display(IReadOnlyDictionary<string, string> data, string displayId)
    {
        lock (_gate) _entries.Add(new DisplayEntry(Limit(data), displayId));
    }

    /// <inheritdoc/>
    public void UpdateDisplay(IReadOnlyDictionary<string, string> data, string displayId)
    {
        lock (_gate)
        {
            var index = _entries.FindIndex(e => e is DisplayEntry d && d.DisplayId == displayId);
            if (index >= 0) _entries[index] = new DisplayEntry(Limit(data), displayId);
        }
    }

    /// <summary>The trailing value, saved as display data, as VS Code saves it for a Polyglot notebook.</summary>
    public void Result(IReadOnlyDictionary<string, string> data)
    {
        lock (_gate) _entries.Add(new DisplayEntry(Limit(data), null));
    }

    /// <summary>An error output in the Polyglot shape.</summary>
    public void AddError(string message)
    {
        lock (_gate) _entries.Add(new ErrorEntry(message));
    }

    /// <summary>The outputs collected so far, as nbformat outputs; a cut adds its marker at the end.</summary>
    public IReadOnlyList<CellOutput> ToOutputs()
    {
        lock (_gate)
        {
            var outputs = _entries.Select(e => e switch
            {
                StreamEntry s => CellOutput.Stream(s.Name, s.Text.ToString()),
                DisplayEntry d => CellOutput.Display(d.Data),
                ErrorEntry x => CellOutput.Error(x.Message),
                _ => throw new InvalidOperationException(),
            }).ToList();
            if (_cut) outputs.Add(CellOutput.Stream("stderr", CutMarker(maxOutputBytes)));
            return outputs;
        }
    }

    private IReadOnlyDictionary<string, string> Limit(IReadOnlyDictionary<string, string> data)
    {
        var size = data.Count == 0 ? 0 : data.Values.Max(Encoding.UTF8.GetByteCount);
        if (_used + size <= maxOutputBytes)
        {
            _used += size;
            return data;
        }

        _cut = true;
        var room = Math.Max(0, maxOutputBytes - _used);
        _used = maxOutputBytes;
        // HTML cut in the middle would be broken markup; keep only the plain text, shortened.
        var plain = data.TryGetValue("text/plain", out var p) ? p : "(a display too large to keep)";
        return new Dictionary<string, string> { ["text/plain"] = Prefix(plain, room) };
    }

    private string Take(string text)
    {
        var size = Encoding.UTF8.GetByteCount(text);
        var room = maxOutputBytes - _used;
        if (size <= room)
        {
            _used += size;
            return text;
        }

        _cut = true;
        _used = maxOutputBytes;
        return Prefix(text, room);
    }

    /// <summary>The longest start of <paramref name="text"/> that takes at most <paramref name="bytes"/> in UTF-8, never splitting a surrogate pair.</summary>
    private static string Prefix(string text, int bytes)
    {
        var used = 0;
        var end = 0;
        while (end < text.Length)
        {
            var width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(end, width));
            if (used + size > bytes) break;
            used += size;
            end += width;
        }

        return text[..end];
    }

    private abstract record Entry;

    private sealed record StreamEntry(string Name, StringBuilder Text) : Entry;

    private sealed record DisplayEntry(IReadOnlyDictionary<string, string> Data, string? DisplayId) : Entry;

    private sealed record ErrorEntry(string Message) : Entry;
}
