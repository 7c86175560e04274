namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// Finds the npm packages the build installed (node_modules beside package.json at the repository's root), from the
/// CLAWDEMY_NODE_MODULES variable or by walking up from the program's folder and from the working directory.
/// </summary>
public sealed class FrontEndAssets
{
    private FrontEndAssets(string nodeModules) => NodeModules = nodeModules;

    /// <summary>The node_modules folder.</summary>
    public string NodeModules { get; }

    /// <summary>Finds node_modules.</summary>
    /// <exception cref="FileNotFoundException">When none is found; the message says how to install it.</exception>
    public static FrontEndAssets Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CLAWDEMY_NODE_MODULES");
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured)) return new FrontEndAssets(configured);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules");
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "package.json")) && Directory.Exists(candidate)) return new FrontEndAssets(candidate);
            }
        }

        throw new FileNotFoundException("node_modules with plotly.js and KaTeX was not found; run `npm ci` at the repository's root (the build does it).");
    }

    /// <summary>A file inside an npm package.</summary>
    /// <exception cref="FileNotFoundException">When the file is missing; the message names it and says to run npm ci.</exception>
    public string File(string package, params string[] parts)
    {
        var path = Path.Combine([NodeModules, package, .. parts]);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing; run `npm ci` at the repository's root.");
    }

    /// <summary>The text of a file inside an npm package.</summary>
    public string ReadText(string package, params string[] parts) => System.IO.File.ReadAllText(File(package, parts));
}
