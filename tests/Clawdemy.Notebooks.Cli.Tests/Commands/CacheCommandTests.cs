namespace Clawdemy.Notebooks.Cli.Tests.Commands;

public class CacheCommandTests
{
    [Fact]
    public async Task Cache_clean_empties_the_export_cache()
    {
        var exportCache = RepoPaths.TempFolder();
        Assert.Equal(0, (await CliRun.Of("export", CliRun.Fixture("good.ipynb"), "--out", RepoPaths.TempFolder(), "--cache", exportCache)).ExitCode);
        Assert.NotEmpty(Directory.GetFiles(exportCache));

        var run = await CliRun.Of("cache", "clean", "--cache", exportCache);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(exportCache));
        Assert.Contains($"cleaned export cache {exportCache}", run.Output);
    }

    [Fact]
    public async Task Cache_clean_names_an_option_it_no_longer_takes()
    {
        var run = await CliRun.Of("cache", "clean", "--nuget-cache", RepoPaths.TempFolder());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--nuget-cache", run.Output + run.Error);
    }
}
