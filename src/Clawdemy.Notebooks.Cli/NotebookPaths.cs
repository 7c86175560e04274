using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Cli;

/// <summary>Turns the PATH arguments (files and folders) into loaded notebooks, in order.</summary>
internal static class NotebookPaths
{
    /// <summary>Every .ipynb named or inside a named folder (not recursive), sorted by name within a folder.</summary>
    /// <exception cref="UsageException">When a path is missing, a folder holds no notebook, or a file is not a notebook.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.GetFiles(path, "*.ipynb").OrderBy(f => f, StringComparer.Ordinal).ToArray();
                if (inFolder.Length == 0) throw new UsageException($"{path}: the folder holds no .ipynb notebook");
                files.AddRange(inFolder.Select(f => Relative(f)));
            }
            else if (File.Exists(path))
            {
                if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)) throw new UsageException($"{path}: not a notebook (expected a .ipynb file)");
                files.Add(path);
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder");
            }
        }

        return files.Distinct().ToArray();
    }

    /// <summary>Loads every notebook first, so that one bad file stops the command before anything runs or is written.</summary>
    /// <exception cref="UsageException">When any notebook cannot be read; the message is the loader's one line.</exception>
    public static IReadOnlyList<NotebookDocument> Load(IEnumerable<string> paths)
    {
        try
        {
            return Expand(paths).Select(NotebookDocument.Load).ToArray();
        }
        catch (NotebookFormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
