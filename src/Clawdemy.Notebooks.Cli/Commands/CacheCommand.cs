using System.CommandLine;
using System.Globalization;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary><c>clawdemy cache clean</c>: empties the export cache. NuGet restores are .NET Interactive's, in NuGet's own folders.</summary>
internal static class CacheCommand
{
    public static Command Create(ConsoleReporter reporter)
    {
        var exportCache = SharedOptions.ExportCache();
        var clean = new Command("clean", "Empty the export cache (it is also pruned, least recently used first, past a size)")
        {
            exportCache,
        };
        clean.SetAction(async (parse, token) => await Cli.Guard(reporter, () =>
        {
            var folder = parse.GetValue(exportCache)!.FullName;
            var freed = new CacheFolder(folder, 0).Clean();
            reporter.Line($"cleaned export cache {folder}  ({(freed / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB freed)");

            return Task.FromResult(ExitCodes.Success);
        }));
        return new Command("cache", "Manage the cache that export keeps") { clean };
    }
}
