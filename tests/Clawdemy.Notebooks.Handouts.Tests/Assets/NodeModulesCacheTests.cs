using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Handouts.Tests.Assets;

/// <summary>
/// The build's npm install (src/Clawdemy.Notebooks.Handouts.Assets/npm-ci.sh) copies what this machine's last npm ci of
/// the same lock file installed. Run against a stand-in npm on PATH that records each call and installs one file, so
/// that each run's origin shows; the copying, the keys and the pruning are the script's own.
/// </summary>
public sealed class NodeModulesCacheTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_second_clone_of_the_same_lock_file_gets_a_copy_that_shares_nothing_with_the_cache_and_npm_runs_only_for_a_new_lock()
    {
        var (npmFolder, calls) = StandInNpm();
        var cache = RepoPaths.TempFolder();
        var unrelated = Directory.CreateDirectory(Path.Combine(cache, "not-a-copy")).FullName;
        var interrupted = Directory.CreateDirectory(Path.Combine(cache, ".new.left-by-a-killed-build")).FullName;

        var first = Clone("1");
        Install(first, cache, npmFolder);
        Assert.Single(File.ReadAllLines(calls));
        Assert.Equal("installed by npm ci", File.ReadAllText(Path.Combine(first, "node_modules", "package.txt")));
        Assert.False(Directory.Exists(interrupted));
        var entry = Assert.Single(Directory.GetDirectories(cache), d => d != unrelated);

        var second = Clone("1");
        Install(second, cache, npmFolder);
        Assert.Single(File.ReadAllLines(calls));
        var copied = Path.Combine(second, "node_modules", "package.txt");
        Assert.Equal("installed by npm ci", File.ReadAllText(copied));
        File.WriteAllText(copied, "edited in the clone");
        Assert.Equal("installed by npm ci", File.ReadAllText(Path.Combine(entry, "node_modules", "package.txt")));

        Install(Clone("2"), cache, npmFolder);
        Install(Clone("3"), cache, npmFolder);
        Assert.Equal(3, File.ReadAllLines(calls).Length);
        Assert.Equal(2, Directory.GetDirectories(cache).Count(d => d != unrelated));
        Assert.DoesNotContain(entry, Directory.GetDirectories(cache));
        Assert.True(Directory.Exists(unrelated), "only the script's own copies are pruned");
    }

    [Fact]
    public void With_the_cache_off_npm_ci_runs_every_time_and_nothing_is_kept()
    {
        var (npmFolder, calls) = StandInNpm();
        Install(Clone("1"), "off", npmFolder);
        Install(Clone("1"), "off", npmFolder);
        Assert.Equal(2, File.ReadAllLines(calls).Length);
    }

    /// <summary>A repository root with a package.json and lock file of version <paramref name="version"/>.</summary>
    private static string Clone(string version)
    {
        var root = RepoPaths.TempFolder();
        File.WriteAllText(Path.Combine(root, "package.json"), $"{{\"name\":\"clone\",\"version\":\"{version}.0.0\",\"private\":true}}");
        File.WriteAllText(Path.Combine(root, "package-lock.json"), $"{{\"name\":\"clone\",\"version\":\"{version}.0.0\",\"lockfileVersion\":3}}");
        return root;
    }

    private static void Install(string root, string cache, string npmFolder)
    {
        var start = ChildProcess.StartInfo("sh", [RepoPaths.Combine("src", "Clawdemy.Notebooks.Handouts.Assets", "npm-ci.sh"), root, cache]);
        start.Environment["PATH"] = $"{npmFolder}:{Environment.GetEnvironmentVariable("PATH")}";
        var result = ChildProcess.Run(start, Timeout);
        Assert.True(result.ExitCode == 0, $"npm-ci.sh exited {result.ExitCode}: {result.Error}");
    }

    /// <summary>An npm that answers its version and, for ci, appends its folder to the log and installs one file.</summary>
    private static (string Folder, string Calls) StandInNpm()
    {
        var folder = RepoPaths.TempFolder();
        var calls = Path.Combine(folder, "calls.log");
        File.WriteAllText(calls, "");
        var npm = Path.Combine(folder, "npm");
        File.WriteAllText(npm, $"""
            #!/bin/sh
            if [ "$1" = --version ]; then echo 10.0.0; exit 0; fi
            echo "$PWD" >> '{calls}'
            mkdir -p node_modules && printf 'installed by npm ci' > node_modules/package.txt
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(npm, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return (folder, calls);
    }
}
