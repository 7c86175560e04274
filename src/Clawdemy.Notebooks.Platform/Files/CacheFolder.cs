namespace Clawdemy.Notebooks.Platform.Files;

/// <summary>
/// A folder of cache entries (its files and subfolders), bounded in size: each use of an entry marks it used now, and
/// <see cref="Prune"/> removes the least recently used entries until the folder fits. The export cache and the NuGet
/// restore cache both keep their entries this way.
/// </summary>
public sealed class CacheFolder(string folder, long limitBytes)
{
    /// <summary>The folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>The size past which least recently used entries are removed.</summary>
    public long LimitBytes { get; } = limitBytes;

    /// <summary>Marks an entry (a file or folder inside <see cref="Folder"/>) as used now.</summary>
    public static void Touch(string entry)
    {
        try
        {
            if (File.Exists(entry)) File.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
            else if (Directory.Exists(entry)) Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be touched is pruned a little early; nothing is lost but time.
        }
    }

    /// <summary>The folder's size in bytes, every entry included.</summary>
    public long SizeBytes() => Entries().Sum(e => e.Bytes);

    /// <summary>Removes the least recently used entries until the folder holds at most <see cref="LimitBytes"/>; never <paramref name="keep"/>.</summary>
    /// <returns>The entries removed.</returns>
    public IReadOnlyList<string> Prune(string? keep = null)
    {
        var entries = Entries().OrderBy(e => e.LastUsed).ThenBy(e => e.Path, StringComparer.Ordinal).ToList();
        var total = entries.Sum(e => e.Bytes);
        var removed = new List<string>();
        foreach (var entry in entries)
        {
            if (total <= LimitBytes) break;
            if (keep is not null && Path.GetFullPath(entry.Path) == Path.GetFullPath(keep)) continue;
            if (Remove(entry.Path))
            {
                total -= entry.Bytes;
                removed.Add(entry.Path);
            }
        }

        return removed;
    }

    /// <summary>Removes every entry; returns how many bytes were freed.</summary>
    public long Clean()
    {
        var freed = 0L;
        foreach (var entry in Entries())
        {
            if (Remove(entry.Path)) freed += entry.Bytes;
        }

        return freed;
    }

    private IEnumerable<(string Path, long Bytes, DateTime LastUsed)> Entries()
    {
        if (!Directory.Exists(Folder)) yield break;
        foreach (var file in Directory.EnumerateFiles(Folder)) yield return (file, new FileInfo(file).Length, File.GetLastWriteTimeUtc(file));
        foreach (var dir in Directory.EnumerateDirectories(Folder))
        {
            var bytes = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            yield return (dir, bytes, Directory.GetLastWriteTimeUtc(dir));
        }
    }

    private static bool Remove(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // in use by another run; the next prune tries again
        }
    }
}
