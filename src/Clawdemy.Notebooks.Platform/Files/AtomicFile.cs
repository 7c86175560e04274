using System.Text;
using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Platform.Files;

/// <summary>
/// Writes files so that a reader never sees half of one: a temporary file in the same folder, then a rename. The
/// temporary file is removed whatever happens; one left by a killed process (its id is in the name) is removed by the
/// next <see cref="CleanStale"/> of that folder.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>Writes text (UTF-8, no BOM) atomically, creating the folder if needed.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes bytes atomically, creating the folder if needed.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, temporary => File.WriteAllBytes(temporary, bytes));

    /// <summary>
    /// Has <paramref name="produce"/> write the file at the temporary path it is given, then renames it over
    /// <paramref name="path"/>; the temporary file is removed whatever happens.
    /// </summary>
    public static void Write(string path, Action<string> produce)
    {
        var temporary = TemporaryFor(path);
        try
        {
            produce(temporary);
            File.Move(temporary, Path.GetFullPath(path), overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Writes and removes a temporary file in <paramref name="folder"/>, proving that the folder can be written.</summary>
    /// <exception cref="IOException">When it cannot.</exception>
    /// <exception cref="UnauthorizedAccessException">When it may not.</exception>
    public static void Probe(string folder)
    {
        var temporary = TemporaryFor(Path.Combine(folder, "write-test"));
        try
        {
            File.WriteAllBytes(temporary, []);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// Removes the temporary files in <paramref name="folder"/> whose writer is gone (its process id is not running) or
    /// that are over a day old; returns how many.
    /// </summary>
    public static int CleanStale(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return 0;
        var removed = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (!match.Success) continue;
            var pid = int.Parse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (ChildProcess.IsRunning(pid) && File.GetLastWriteTimeUtc(file) > DateTime.UtcNow.AddDays(-1)) continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (IOException)
            {
                // Another process removed or holds it; the next clean tries again.
            }
        }

        return removed;
    }

    /// <summary>The temporary file for <paramref name="path"/>: beside it, hidden, with this process's id, creating the folder.</summary>
    private static string TemporaryFor(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        System.IO.Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    [GeneratedRegex(@"^\..+\.(?<pid>\d{1,10})\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
