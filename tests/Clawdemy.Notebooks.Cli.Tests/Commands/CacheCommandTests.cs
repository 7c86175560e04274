namespace Clawdemy.Notebooks.Cli.Tests.Commands;

public class CacheCommandTests
{
    [Fact]
    public async Task Cache_clean_empties_the_export_cache_and_the_nuget_cache()
    {
        var exportCache = RepoPaths.TempFolder();
        var nugetCache = RepoPaths.TempFolder();
        Assert.Equal(0, (await CliRun.Of("export", CliRun.Fixture("good.ipynb"), "--out", RepoPaths.TempFolder(), "--cache", exportCache)).ExitCode);
        Assert.NotEmpty(Directory.GetFiles(exportCache));
        Directory.CreateDirectory(Path.Combine(nugetCache, "0123456789abcdef", "obj"));
        File.WriteAllText(Path.Combine(nugetCache, "0123456789abcdef", "obj", "project.assets.json"), "{}");

        var run = await CliRun.Of("cache", "clean", "--cache", exportCache, "--nuget-cache", nugetCache);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(exportCache));
        Assert.Empty(Directory.GetFileSystemEntries(nugetCache));
        Assert.Contains($"cleaned export cache {exportCache}", run.Output);
        Assert.Contains($"cleaned NuGet cache {nugetCache}", run.Output);
    }
}
