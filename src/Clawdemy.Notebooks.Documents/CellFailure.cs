namespace Clawdemy.Notebooks.Documents;

/// <summary>A failing cell and its errors.</summary>
/// <param name="CellNumber">The cell's number, from 1, counting every cell of the notebook.</param>
/// <param name="Errors">Each error: a diagnostic such as "(2,9): error CS0103: …" or an exception's text.</param>
public sealed record CellFailure(int CellNumber, IReadOnlyList<string> Errors)
{
    /// <summary>One line per error, naming the file and the cell.</summary>
    public IEnumerable<string> Lines(string path) => Errors.Select(e =>
    {
        var first = e.Split('\n')[0].TrimEnd('\r');
        return first.StartsWith('(') ? $"{path} cell {CellNumber} {first}" : $"{path} cell {CellNumber}: {first}";
    });
}
