namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// The TextReader Console.In is pointed at: a line read by a cell is asked of the front end as <c>Kernel.GetInputAsync</c>
/// asks it (an input_request), and where nobody can answer it fails at once with <see cref="InputUnavailableException"/>,
/// never a hang or a silent end of input. Outside a cell (no command running) it is the end of input.
/// </summary>
internal sealed class CellInputReader : TextReader
{
    private string _pending = "";

    public override string? ReadLine()
    {
        if (_pending.Length > 0)
        {
            var rest = _pending.TrimEnd('\n');
            _pending = "";
            return rest;
        }

        if (Microsoft.DotNet.Interactive.KernelInvocationContext.Current is null) return null;
        return Microsoft.DotNet.Interactive.Kernel.GetInputAsync("").GetAwaiter().GetResult();
    }

    public override int Read()
    {
        if (_pending.Length == 0) _pending = (ReadLine() ?? "") + "\n";
        var c = _pending[0];
        _pending = _pending[1..];
        return c;
    }

    public override int Peek()
    {
        if (_pending.Length == 0) _pending = (ReadLine() ?? "") + "\n";
        return _pending[0];
    }

    public override string ReadToEnd() => ReadLine() ?? "";
}
