using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>What running one cell gave: its outputs, and the error lines (one per problem) when it failed.</summary>
/// <param name="Outputs">The nbformat outputs, in order.</param>
/// <param name="Errors">Error lines such as "(2,9): error CS0103: …" or "System.Exception: …"; empty when the cell succeeded.</param>
public sealed record CellRun(IReadOnlyList<CellOutput> Outputs, IReadOnlyList<string> Errors)
{
    /// <summary>Whether the cell produced an error output.</summary>
    public bool Failed => Errors.Count > 0;
}
