namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>How a cell ended, its outputs having gone to an <see cref="ICellOutputs"/> as they happened.</summary>
/// <param name="Errors">Error lines such as "(2,9): error CS0103: …" or an exception's text; empty when the cell succeeded.</param>
public sealed record CellResult(IReadOnlyList<string> Errors)
{
    /// <summary>Whether the cell failed.</summary>
    public bool Failed => Errors.Count > 0;

    /// <summary>The errors as one message, as Polyglot shows it: one line per diagnostic, or the exception's text.</summary>
    public string Message => string.Join("\n", Errors);
}
