using System.Text;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>A TextWriter that Console.Out or Console.Error is pointed at while cells run; it writes to the current cell's outputs.</summary>
internal sealed class SinkWriter(string streamName) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => CellContext.Current?.WriteStream(streamName, value.ToString());

    public override void Write(string? value)
    {
        if (value is not null) CellContext.Current?.WriteStream(streamName, value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
}
