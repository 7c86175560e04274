using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Cli;

/// <summary>Checks a folder that a command will write into, before any notebook runs.</summary>
internal static class OutputFolder
{
    /// <summary>Creates the folder if needed and proves it can be written (a probe file, removed at once).</summary>
    /// <param name="path">The folder.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <exception cref="UsageException">When the path is a file or the folder cannot be created or written.</exception>
    public static void EnsureWritable(string path, string option)
    {
        if (File.Exists(path)) throw new UsageException($"{option} {path}: is a file, not a folder");
        try
        {
            Directory.CreateDirectory(path);
            AtomicFile.Probe(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} {path}: the folder cannot be written ({e.Message})");
        }
    }
}
