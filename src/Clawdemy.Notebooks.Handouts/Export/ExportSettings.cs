using Clawdemy.Notebooks.Handouts.Rendering;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>What an export does.</summary>
/// <param name="OutputFolder">Where the handouts go.</param>
/// <param name="CacheFolder">Where executed notebooks are kept between exports.</param>
/// <param name="Force">Run every notebook again, ignoring the cache.</param>
/// <param name="Pdf">Also print each handout to PDF.</param>
/// <param name="Handout">How the pages look.</param>
/// <param name="Paper">The paper the PDFs are printed on.</param>
/// <param name="CacheLimitBytes">The size past which the least recently used cache entries are removed.</param>
public sealed record ExportSettings(
    string OutputFolder, string CacheFolder, bool Force, bool Pdf, HandoutOptions Handout, PaperSize Paper = PaperSize.A4, long CacheLimitBytes = ExportCache.DefaultLimitBytes)
{
    /// <summary>
    /// The identity of the build that runs the notebooks (the CLI gives its engine's and kernel's build ids), part of every
    /// cache key: outputs kept from another engine are never reused. Empty unless set.
    /// </summary>
    public string Runner { get; init; } = "";
}
