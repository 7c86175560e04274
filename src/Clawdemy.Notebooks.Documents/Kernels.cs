namespace Clawdemy.Notebooks.Documents;

/// <summary>The kernel names a Polyglot notebook uses, with their aliases.</summary>
public static class Kernels
{
    /// <summary>The C# kernel.</summary>
    public const string CSharp = "csharp";

    /// <summary>The Markdown kernel (<c>#!markdown</c>).</summary>
    public const string Markdown = "markdown";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp,
        ["c#"] = CSharp,
        ["cs"] = CSharp,
        ["markdown"] = Markdown,
        ["md"] = Markdown,
        ["fsharp"] = "fsharp",
        ["f#"] = "fsharp",
        ["pwsh"] = "pwsh",
        ["powershell"] = "pwsh",
        ["javascript"] = "javascript",
        ["js"] = "javascript",
        ["html"] = "html",
        ["sql"] = "sql",
        ["kql"] = "kql",
        ["mermaid"] = "mermaid",
        ["http"] = "http",
        ["value"] = "value",
    };

    /// <summary>Whether a <c>#!name</c> line names a kernel (rather than a magic command such as <c>#!time</c>).</summary>
    public static bool IsKernelName(string name) => Aliases.ContainsKey(name);

    /// <summary>The canonical name for a kernel name or alias.</summary>
    public static string Canonical(string name) => Aliases.TryGetValue(name, out var canonical) ? canonical : name.ToLowerInvariant();
}
