using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>
/// Executed notebooks kept between exports, keyed by a hash of everything that decides their outputs: the notebook's
/// bytes, every file beside each dll it references with <c>#r</c> (the helper library and its dependencies), every file
/// it loads with <c>#load</c>, the course's data folder, and the build of what runs it (the runner the CLI names). A hit means the notebook need not run.
/// The folder is bounded: past <see cref="LimitBytes"/>, the least recently used entries are removed.
/// </summary>
public sealed partial class ExportCache(string folder, long limitBytes = ExportCache.DefaultLimitBytes)
{
    /// <summary>The size the cache is kept under unless told otherwise: 256 MB, some hundred exports of the course.</summary>
    public const long DefaultLimitBytes = 256L * 1024 * 1024;

    private readonly CacheFolder _entries = new(folder, limitBytes);

    /// <summary>The cache folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>The size past which least recently used entries are removed.</summary>
    public long LimitBytes => _entries.LimitBytes;

    /// <summary>The key of a notebook as it is now, run by <paramref name="runner"/>.</summary>
    /// <param name="document">The notebook.</param>
    /// <param name="runner">The identity of the build that runs notebooks (<see cref="ExportSettings.Runner"/>).</param>
    public static string KeyOf(NotebookDocument document, string runner)
    {
        using var key = new ContentKey();
        key.Add("runner", runner).Add("notebook", document.WithoutOutputs().ToJson());
        foreach (var file in Inputs(document)) key.Add(file, File.ReadAllBytes(file));
        return key.Finish();
    }

    /// <summary>The files a notebook's outputs depend on, besides its own text, in a stable order.</summary>
    public static IReadOnlyList<string> Inputs(NotebookDocument document)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in Reference().Matches(string.Join("\n", document.Cells.Where(c => c.CellType == "code").Select(c => c.Source))))
        {
            var path = Path.GetFullPath(Path.Combine(document.Directory, m.Groups["path"].Value));
            if (!File.Exists(path)) continue;
            if (m.Groups["kind"].Value == "load") files.Add(path);
            else foreach (var sibling in Directory.GetFiles(Path.GetDirectoryName(path)!)) files.Add(sibling);
        }

        if (DataFolder(document.Directory) is { } data)
        {
            foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                files.Add(file);
            }
        }

        return files.ToArray();
    }

    /// <summary>Whether a run is stored under <paramref name="key"/> (without reading it); marks it as used now.</summary>
    public bool Has(string key)
    {
        var path = Path.Combine(Folder, key + ".ipynb");
        if (!File.Exists(path)) return false;
        CacheFolder.Touch(path);
        return true;
    }

    /// <summary>The executed notebook stored under <paramref name="key"/>, if any.</summary>
    public NotebookDocument? Find(string key, string originalPath)
    {
        var path = Path.Combine(Folder, key + ".ipynb");
        if (!File.Exists(path)) return null;
        try
        {
            var found = NotebookDocument.Parse(File.ReadAllText(path), originalPath);
            CacheFolder.Touch(path);
            return found;
        }
        catch (NotebookFormatException)
        {
            return null; // a damaged entry is a miss
        }
    }

    /// <summary>Stores an executed notebook under <paramref name="key"/>, atomically, then prunes the least recently used entries.</summary>
    public void Store(string key, NotebookDocument executed)
    {
        var path = Path.Combine(Folder, key + ".ipynb");
        AtomicFile.WriteAllText(path, executed.ToJson());
        _entries.Prune(keep: path);
    }

    /// <summary>Removes the temporary files a killed export left in the cache.</summary>
    public void CleanStale() => AtomicFile.CleanStale(Folder);

    /// <summary>The data folder the notebook's lessons read (the library's rule), or null when it has none.</summary>
    private static string? DataFolder(string notebookDirectory)
    {
        try
        {
            return Mnist.DataFolder(notebookDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^#(?<kind>r|load)\s+"(?!nuget:)(?<path>[^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex Reference();
}
