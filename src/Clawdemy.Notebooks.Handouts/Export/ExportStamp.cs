using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>
/// What the last export wrote into one output folder, kept in the cache folder (never among the handouts): the key of
/// everything that decided the pages, and each file's SHA-256. When the key is the same and every file is still as it
/// was written, the pages need no rendering again (<see cref="UpToDate"/>). A missing, edited or unreadable stamp, or
/// a file deleted or changed by hand, is simply a miss: the export renders and writes everything, as without a stamp.
/// </summary>
internal sealed class ExportStamp(string cacheFolder, string outputFolder)
{
    private string StampPath => Path.Combine(cacheFolder, $"handouts-{Sha256(Encoding.UTF8.GetBytes(Path.GetFullPath(outputFolder)))[..16]}.json");

    /// <summary>The files of the last export, when its key was <paramref name="key"/> and every one of them is still as written; otherwise null.</summary>
    public IReadOnlyList<string>? UpToDate(string key)
    {
        try
        {
            if (!File.Exists(StampPath)) return null;
            var stamp = JsonSerializer.Deserialize<Stamp>(File.ReadAllText(StampPath));
            if (stamp?.Key != key || stamp.Files is not { Count: > 0 } files) return null;
            var paths = files.Select(f => (Path: Path.Combine(outputFolder, Path.GetFileName(f.Key)), f.Value)).ToArray();
            return paths.All(f => File.Exists(f.Path) && Sha256(File.ReadAllBytes(f.Path)) == f.Value) ? paths.Select(f => f.Path).ToArray() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Records the files an export wrote under <paramref name="key"/>, atomically.</summary>
    public void Record(string key, IReadOnlyList<string> written) =>
        AtomicFile.WriteAllText(StampPath, JsonSerializer.Serialize(new Stamp(key, written.ToDictionary(f => Path.GetFileName(f), f => Sha256(File.ReadAllBytes(f))))));

    /// <summary>Forgets the last export, before files are written, so that an export stopped halfway is never taken as up to date.</summary>
    public void Forget()
    {
        if (File.Exists(StampPath)) File.Delete(StampPath);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed record Stamp(string Key, Dictionary<string, string> Files);
}
