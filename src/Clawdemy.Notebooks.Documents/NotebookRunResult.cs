
namespace Clawdemy.Notebooks.Documents;

/// <summary>A run of one notebook: the executed copy and every failure, as one-line messages.</summary>
/// <param name="Document">A new document with outputs and execution counts; the input document is unchanged.</param>
/// <param name="Failures">The failing cells.</param>
/// <param name="Elapsed">Wall time of the whole run, worker start included.</param>
public sealed record NotebookRunResult(NotebookDocument Document, IReadOnlyList<CellFailure> Failures, TimeSpan Elapsed)
{
    /// <summary>Whether any cell failed.</summary>
    public bool Failed => Failures.Count > 0;

    /// <summary>Every failure as lines such as "notebooks/03_squish.ipynb cell 5 (2,9): error CS0103: …".</summary>
    public IEnumerable<string> ErrorLines => Failures.SelectMany(f => f.Lines(Document.Path));
}
