using Clawdemy.Notebooks.Engine.Scripting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>The cell that is running now in this process: where display and Console output go.</summary>
internal static class CellContext
{
    public static CellOutputSink? Current { get; set; }

    private static CellOutputSink Sink => Current ?? throw new InvalidOperationException("display() was called while no cell is running.");

    public static DisplayedValue Display(object? value, string[] mimeTypes)
    {
        var sink = Sink;
        var index = sink.AddDisplay(ValueFormatter.Format(value, mimeTypes));
        return new DisplayedValue(sink, index, mimeTypes);
    }

    public static DisplayedValue DisplayAs(string value, string mimeType)
    {
        var sink = Sink;
        var data = mimeType == "text/markdown"
            ? new Dictionary<string, string> { ["text/html"] = MarkdownRenderer.ToHtml(value), ["text/markdown"] = value }
            : new Dictionary<string, string> { [mimeType] = value };
        return new DisplayedValue(sink, sink.AddDisplay(data), [mimeType]);
    }
}
