using System.CommandLine;
using System.Globalization;
using Clawdemy.Notebooks.Engine.Packages;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary><c>clawdemy cache clean</c>: empties the export cache and the NuGet restore cache.</summary>
internal static class CacheCommand
{
    public static Command Create(ConsoleReporter reporter)
    {
        var exportCache = SharedOptions.ExportCache();
        var nugetCache = new Option<DirectoryInfo>("--nuget-cache")
        {
            Description = "Where #r \"nuget:\" restores are kept",
            DefaultValueFactory = _ => new DirectoryInfo(NuGetRestorer.DefaultCacheRoot),
        };
        var clean = new Command("clean", "Empty the export cache and the NuGet restore cache (both are also pruned, least recently used first, past a size)")
        {
            exportCache, nugetCache,
        };
        clean.SetAction(async (parse, token) => await Cli.Guard(reporter, () =>
        {
            foreach (var (name, folder) in new[] { ("export cache", parse.GetValue(exportCache)!.FullName), ("NuGet cache", parse.GetValue(nugetCache)!.FullName) })
            {
                var freed = new CacheFolder(folder, 0).Clean();
                reporter.Line($"cleaned {name} {folder}  ({(freed / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB freed)");
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return new Command("cache", "Manage the caches that export and #r \"nuget:\" keep") { clean };
    }
}
