using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Platform.Tests.Files;

public class AtomicFileTests
{
    /// <summary>No process has this id (Linux ids stop at 2^22).</summary>
    private const int GonePid = int.MaxValue - 1;

    [Fact]
    public void When_a_write_fails_its_temporary_file_is_removed_and_the_target_is_untouched()
    {
        var folder = RepoPaths.TempFolder();
        var target = Path.Combine(folder, "handout.html");
        Directory.CreateDirectory(target); // a folder where the file should go: the rename fails
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(target, "<p>page</p>"));
        Assert.Equal([target], Directory.GetFileSystemEntries(folder));

        var file = Path.Combine(folder, "page.pdf");
        File.WriteAllText(file, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(file, temporary =>
        {
            File.WriteAllText(temporary, "half");
            throw new InvalidOperationException("the printer failed");
        }));
        Assert.Equal("old", File.ReadAllText(file));
        Assert.Equal(["handout.html", "page.pdf"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Clean_stale_removes_the_temporary_files_of_gone_processes_only()
    {
        var folder = RepoPaths.TempFolder();
        var stale = Path.Combine(folder, $".a.html.{GonePid}.{Guid.NewGuid():N}.tmp");
        var live = Path.Combine(folder, $".b.html.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var unrelated = Path.Combine(folder, ".notes.tmp");
        foreach (var file in new[] { stale, live, unrelated }) File.WriteAllText(file, "x");

        Assert.Equal(1, AtomicFile.CleanStale(folder));
        Assert.Equal([live, unrelated], Directory.GetFiles(folder).Order(StringComparer.Ordinal));
    }
}
