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

    /// <summary>A fresh empty temporary folder.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "clawdemy-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }
}
