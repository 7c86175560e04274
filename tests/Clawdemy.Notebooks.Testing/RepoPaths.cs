namespace Clawdemy.Notebooks.Testing;

/// <summary>Paths in the source tree, found from the test's build output by walking up to the solution file.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Clawdemy.Notebooks.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Clawdemy.Notebooks.sln was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the root, from parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// The minified plotly.js bundle the build writes (src/Clawdemy.Notebooks.Handouts/Assets/Plotly/build.js, at the
    /// place the Handouts project's PlotlyBundle names; a Handouts test keeps the two equal).
    /// </summary>
    public static string PlotlyBundle => Combine("node_modules", ".clawdemy", "plotly-clawdemy.min.js");

    /// <summary>The folder of a test project's sources, such as tests/Clawdemy.Notebooks.Cli.Tests/Course.</summary>
    public static string TestFolder(string project, params string[] parts) => Path.Combine([Root, "tests", project, .. parts]);

    /// <summary>
    /// A fresh empty temporary folder, inside this test process's own folder, which is deleted when the process exits,
    /// or by the next test process if this one was killed first (a run of the suite used to leave about 250 folders,
    /// 28 MB, in /tmp). Set CLAWDEMY_KEEP_TEST_FILES=1 to keep them.
    /// </summary>
    public static string TempFolder()
    {
        var path = Path.Combine(ProcessTempRoot.Value, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static readonly Lazy<string> ProcessTempRoot = new(() =>
    {
        var all = Path.Combine(Path.GetTempPath(), "clawdemy-tests");
        var root = Path.Combine(all, $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(root);
        if (Environment.GetEnvironmentVariable("CLAWDEMY_KEEP_TEST_FILES") == "1") return root;

        // The folders of test processes that are gone (a host ended by the test platform before its exit handlers ran).
        foreach (var folder in Directory.GetDirectories(all))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out var pid) && !Directory.Exists($"/proc/{pid}")) DeleteQuietly(folder);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(root);
        return root;
    });

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process still writes there, or it is gone already: what is left stays for a later sweep.
        }
    }
}
