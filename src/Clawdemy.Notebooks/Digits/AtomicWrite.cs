namespace Clawdemy.Notebooks;

/// <summary>Writes a file so that no reader sees half of it: a temporary file in the same folder, then a rename.</summary>
internal static class AtomicWrite
{
    public static void Bytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static void Text(string path, string text) => Bytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
