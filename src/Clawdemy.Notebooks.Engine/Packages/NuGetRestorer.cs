using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Clawdemy.Notebooks.Platform.Files;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Engine.Packages;

/// <summary>
/// Restores the packages of <c>#r "nuget: …"</c> the way Polyglot Notebooks does: a temporary project with one
/// PackageReference each, <c>dotnet restore</c>, then every runtime assembly of the closure. Restores are cached by
/// the set of packages and sources, so a second run needs neither the network nor a restore. The cache is bounded:
/// past <see cref="DefaultLimitBytes"/>, the least recently used restores are removed.
/// </summary>
public sealed class NuGetRestorer(string cacheRoot, long limitBytes = NuGetRestorer.DefaultLimitBytes)
{
    /// <summary>The size the restore cache is kept under unless told otherwise: 128 MB.</summary>
    public const long DefaultLimitBytes = 128L * 1024 * 1024;

    /// <summary>The longest one <c>dotnet restore</c> may take before it is ended and the cell fails: 10 minutes.</summary>
    public static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(10);

    private readonly CacheFolder _entries = new(cacheRoot, limitBytes);

    /// <summary>The cache folder used when none is given: ~/.cache/clawdemy/nuget.</summary>
    public static string DefaultCacheRoot =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "clawdemy", "nuget");

    /// <summary>Restores the packages and returns the full paths of their runtime assemblies.</summary>
    /// <exception cref="InvalidOperationException">When the restore fails; the message carries NuGet's error lines.</exception>
    public IReadOnlyList<string> Restore(IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources)
    {
        var tfm = $"net{Environment.Version.Major}.0";
        var key = Hash(string.Join("\n", packages.Select(p => $"{p.Name}/{p.Version}").Concat(sources).Append(tfm)));
        var folder = Path.Combine(cacheRoot, key);
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        var done = Path.Combine(folder, "restored.ok");
        if (!File.Exists(done) || !File.Exists(assets))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "Restore.csproj"), Project(packages, sources, tfm));
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
            RunRestore(folder, packages);
            File.WriteAllText(done, DateTime.UtcNow.ToString("O"));
            CacheFolder.Touch(folder);
            var assemblies = RuntimeAssemblies(assets, tfm);
            _entries.Prune(keep: folder);
            return assemblies;
        }

        CacheFolder.Touch(folder);
        return RuntimeAssemblies(assets, tfm);
    }

    private static string Project(IReadOnlyList<PackageReference> packages, IReadOnlyList<string> sources, string tfm)
    {
        var xml = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        xml.Append($"    <TargetFramework>{tfm}</TargetFramework>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n    <NuGetAudit>false</NuGetAudit>\n");
        if (sources.Count > 0)
        {
            xml.Append($"    <RestoreAdditionalProjectSources>{System.Security.SecurityElement.Escape(string.Join(";", sources))}</RestoreAdditionalProjectSources>\n");
        }

        xml.Append("  </PropertyGroup>\n  <ItemGroup>\n");
        foreach (var p in packages)
        {
            xml.Append($"    <PackageReference Include=\"{System.Security.SecurityElement.Escape(p.Name)}\" Version=\"{System.Security.SecurityElement.Escape(p.Version ?? "*")}\" />\n");
        }

        return xml.Append("  </ItemGroup>\n</Project>\n").ToString();
    }

    private static void RunRestore(string folder, IReadOnlyList<PackageReference> packages)
    {
        var names = string.Join(", ", packages.Select(p => p.Version is null ? p.Name : $"{p.Name} {p.Version}"));
        var result = ChildProcess.Run(ChildProcess.StartInfo(Programs.Dotnet, ["restore", "Restore.csproj", "--nologo", "-v", "q"], folder), RestoreTimeout);
        if (result.TimedOut)
        {
            throw new InvalidOperationException($"Could not restore {names}: dotnet restore did not finish within {RestoreTimeout.TotalMinutes:0} minutes");
        }

        if (result.ExitCode != 0)
        {
            var lines = (result.Output + "\n" + result.Error).Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
                .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"^.*?Restore\.csproj\s*:\s*", ""))
                .Distinct()
                .Take(3);
            throw new InvalidOperationException($"Could not restore {names}: {string.Join(" ", lines)}".Trim());
        }
    }

    private static IReadOnlyList<string> RuntimeAssemblies(string assetsPath, string tfm)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsPath));
        var root = assets.RootElement;
        var packageFolders = root.GetProperty("packageFolders").EnumerateObject().Select(p => p.Name).ToArray();
        var libraries = root.GetProperty("libraries");
        var target = root.GetProperty("targets").EnumerateObject().First(t => t.Name.StartsWith(tfm, StringComparison.Ordinal) || t.Name.StartsWith(".NETCoreApp", StringComparison.Ordinal)).Value;
        var paths = new List<string>();
        foreach (var package in target.EnumerateObject())
        {
            if (!package.Value.TryGetProperty("type", out var type) || type.GetString() != "package") continue;
            if (!package.Value.TryGetProperty("runtime", out var runtime)) continue;
            var libraryPath = libraries.GetProperty(package.Name).GetProperty("path").GetString()!;
            foreach (var file in runtime.EnumerateObject().Select(f => f.Name).Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            {
                var full = packageFolders.Select(f => Path.Combine(f, libraryPath, file)).FirstOrDefault(File.Exists);
                if (full is not null) paths.Add(full);
            }
        }

        return paths;
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
}
