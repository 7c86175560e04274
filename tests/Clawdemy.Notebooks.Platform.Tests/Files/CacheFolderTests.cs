using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Platform.Tests.Files;

public class CacheFolderTests
{
    private static string Entry(string folder, string name, int bytes, DateTime lastUsed)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, new byte[bytes]);
        File.SetLastWriteTimeUtc(path, lastUsed);
        return path;
    }

    [Fact]
    public void Past_its_limit_the_least_recently_used_entries_go_first_and_the_kept_one_stays()
    {
        var folder = RepoPaths.TempFolder();
        var now = DateTime.UtcNow;
        var oldest = Entry(folder, "a.ipynb", 400, now.AddHours(-3));
        var older = Entry(folder, "b.ipynb", 400, now.AddHours(-2));
        var newest = Entry(folder, "c.ipynb", 400, now.AddHours(-1));
        var justStored = Entry(folder, "d.ipynb", 400, now.AddHours(-4)); // old time, but the one being stored

        var removed = new CacheFolder(folder, limitBytes: 900).Prune(keep: justStored);

        Assert.Equal([oldest, older], removed);
        Assert.Equal(["c.ipynb", "d.ipynb"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(newest));
    }

    [Fact]
    public void Using_an_entry_makes_it_the_last_to_go_and_folders_count_with_everything_inside()
    {
        var folder = RepoPaths.TempFolder();
        var restore = Directory.CreateDirectory(Path.Combine(folder, "0123456789abcdef")).FullName;
        File.WriteAllBytes(Path.Combine(restore, "project.assets.json"), new byte[500]);
        Directory.SetLastWriteTimeUtc(restore, DateTime.UtcNow.AddDays(-2));
        var other = Entry(folder, "other", 500, DateTime.UtcNow.AddDays(-1));

        CacheFolder.Touch(restore);
        var cache = new CacheFolder(folder, limitBytes: 600);
        Assert.Equal(1000, cache.SizeBytes());
        Assert.Equal([other], cache.Prune());
        Assert.True(Directory.Exists(restore));
    }

    [Fact]
    public void Clean_removes_every_entry()
    {
        var folder = RepoPaths.TempFolder();
        Entry(folder, "a", 10, DateTime.UtcNow);
        Directory.CreateDirectory(Path.Combine(folder, "b", "c"));
        Assert.Equal(10, new CacheFolder(folder, long.MaxValue).Clean());
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
