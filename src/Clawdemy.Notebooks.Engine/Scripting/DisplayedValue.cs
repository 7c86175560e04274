using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Scripting;

/// <summary>A value shown by <c>display(x)</c>; <see cref="Update"/> replaces that output in place.</summary>
public sealed class DisplayedValue
{
    private readonly CellOutputSink _sink;
    private readonly int _index;
    private readonly string[] _mimeTypes;

    internal DisplayedValue(CellOutputSink sink, int index, string[] mimeTypes)
    {
        _sink = sink;
        _index = index;
        _mimeTypes = mimeTypes;
    }

    /// <summary>Shows another value in the place of the displayed one.</summary>
    /// <param name="value">The new value.</param>
    public void Update(object? value) => _sink.ReplaceDisplay(_index, ValueFormatter.Format(value, _mimeTypes));
}
