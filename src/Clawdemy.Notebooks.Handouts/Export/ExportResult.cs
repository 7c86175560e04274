using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>What an export did.</summary>
/// <param name="Written">Every file written, handouts, index and PDFs.</param>
/// <param name="Executed">The notebooks that ran this time.</param>
/// <param name="FromCache">The notebooks whose cached run was reused.</param>
/// <param name="Runs">The runs of this time, with their failures.</param>
public sealed record ExportResult(IReadOnlyList<string> Written, IReadOnlyList<string> Executed, IReadOnlyList<string> FromCache, IReadOnlyList<NotebookRunResult> Runs)
{
    /// <summary>
    /// The files left as they were because nothing changed since the last export wrote them (nothing ran, and the
    /// settings, the engine and the assets are the same): then nothing is rendered or written.
    /// </summary>
    public IReadOnlyList<string> UpToDate { get; init; } = [];

    /// <summary>Whether any cell failed.</summary>
    public bool Failed => Runs.Any(r => r.Failed);
}
