using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Engine.Scripting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// Where <c>display</c> and Console output of the running cell go. Like Polyglot's
/// <c>KernelInvocationContext.Current</c>, it flows with the cell's async context, so a task or thread the cell starts
/// writes to that cell; code with no cell in its context writes to the cell that ran last.
/// </summary>
internal static class CellContext
{
    private static readonly AsyncLocal<Cell?> CurrentCell = new();
    private static volatile Cell? _latest;

    public static ICellOutputs? Current => (CurrentCell.Value ?? _latest)?.Outputs;

    /// <summary>The running cell's cancellation token: cancelled when the cell is interrupted.</summary>
    public static CancellationToken CancellationToken => (CurrentCell.Value ?? _latest)?.CancellationToken ?? CancellationToken.None;

    /// <summary>Makes the cell's outputs, input and token those of the code that runs in this async context from now on.</summary>
    public static void Enter(ICellOutputs outputs, ICellInput? input, CancellationToken cancellationToken)
    {
        var cell = new Cell(outputs, input, cancellationToken);
        CurrentCell.Value = cell;
        _latest = cell;
    }

    /// <summary>Asks the front end for a line; fails at once with a clear message where no one can answer.</summary>
    public static Task<string> ReadLineAsync(string prompt, bool password)
    {
        var cell = CurrentCell.Value ?? _latest;
        if (cell?.Input is not { } input)
        {
            throw new InputUnavailableException(
                "This cell asked for input, but none can be given here: the notebook runs headless, or the front end did not allow input (allow_stdin).");
        }

        return input.ReadLineAsync(prompt, password, cell.CancellationToken);
    }

    private sealed record Cell(ICellOutputs Outputs, ICellInput? Input, CancellationToken CancellationToken);

    private static ICellOutputs Target => Current ?? throw new InvalidOperationException("display() was called while no cell is running.");

    public static DisplayedValue Display(object? value, string[] mimeTypes)
    {
        var id = NewDisplayId();
        Target.Display(ValueFormatter.Format(value, mimeTypes), id);
        return new DisplayedValue(id, mimeTypes);
    }

    public static DisplayedValue DisplayAs(string value, string mimeType)
    {
        var data = mimeType == "text/markdown"
            ? new Dictionary<string, string> { ["text/html"] = NotebookMarkdown.ToHtml(value), ["text/markdown"] = value }
            : new Dictionary<string, string> { [mimeType] = value };
        var id = NewDisplayId();
        Target.Display(data, id);
        return new DisplayedValue(id, [mimeType]);
    }

    public static void Update(string displayId, object? value, string[] mimeTypes) =>
        Target.UpdateDisplay(ValueFormatter.Format(value, mimeTypes), displayId);

    private static string NewDisplayId() => Guid.NewGuid().ToString("N");
}
