namespace Clawdemy.Notebooks.Platform.Processes;

/// <summary>
/// Where the helper programs are: the one place that knows their names and the variables that point at them. Each
/// caller starts what it finds with <see cref="ChildProcess"/>.
/// </summary>
public static class Programs
{
    /// <summary>
    /// The names Chromium has on the PATH, in the order they are tried: Debian's headless shell first (the package
    /// chromium-headless-shell: Chromium's old headless mode, the one Playwright drives by default, which prints and
    /// renders the same pages but starts in about a third of the full browser's CPU time), then Debian's full browser
    /// and the other distributions' names.
    /// </summary>
    private static readonly string[] ChromiumNames = ["chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"];

    /// <summary>The dotnet host that runs this program (DOTNET_HOST_PATH, which dotnet run and dotnet test set), or dotnet on the PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Node.js, found on the PATH by the system when it is started.</summary>
    public const string Node = "node";

    /// <summary>Finds Chromium: the configured path when that file exists, else chromium-headless-shell, chromium, chromium-browser or google-chrome on the PATH.</summary>
    /// <param name="configured">The configured path; CHROMIUM_PATH when null. A path that does not exist is passed over.</param>
    /// <param name="searchPath">The folders to search, separated as in PATH; PATH when null.</param>
    /// <returns>The browser's full path, or null when none is installed.</returns>
    public static string? Chromium(string? configured = null, string? searchPath = null)
    {
        configured ??= Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (configured is { Length: > 0 } && File.Exists(configured)) return Path.GetFullPath(configured);
        var folders = (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return ChromiumNames.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }
}
