using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Engine.Documents;
using Clawdemy.Notebooks.Engine.Packages;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// A code cell split into what Roslyn compiles and the Polyglot directives around it. Directive lines are blanked,
/// not removed, so that diagnostics keep the cell's own line numbers. Directives only count at the start of a line.
/// </summary>
public sealed partial record CellCode(
    string Kernel,
    string Code,
    bool Timed,
    IReadOnlyList<PackageReference> Packages,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Problems)
{
    /// <summary>Splits a cell's source; <paramref name="defaultKernel"/> applies when no first line names one.</summary>
    public static CellCode Parse(string source, string defaultKernel)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var kernel = defaultKernel;
        var timed = false;
        var packages = new List<PackageReference>();
        var sources = new List<string>();
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = line[2..].Trim();
                if (Kernels.IsKernelName(name))
                {
                    if (i == 0) kernel = Kernels.Canonical(name);
                    else problems.Add($"({i + 1},1): error: #!{name} switches kernels in the middle of a cell; start a new cell instead");
                    if (Kernels.Canonical(name) == Kernels.Markdown && i == 0)
                    {
                        return new CellCode(Kernels.Markdown, string.Join("\n", lines.Skip(1)), false, [], [], []);
                    }
                }
                else if (name == "time")
                {
                    timed = true;
                }
                else
                {
                    problems.Add($"({i + 1},1): error: unknown magic command #!{name}");
                }

                lines[i] = "";
                continue;
            }

            var match = NuGetDirective().Match(line);
            if (match.Success)
            {
                var body = match.Groups["body"].Value;
                if (match.Groups["kind"].Value == "r")
                {
                    try { packages.Add(PackageReference.Parse(body)); }
                    catch (FormatException e) { problems.Add($"({i + 1},1): error: {e.Message}"); }
                }
                else
                {
                    sources.Add(body.Trim());
                }

                lines[i] = "";
            }
        }

        return new CellCode(kernel, string.Join("\n", lines), timed, packages, sources, problems);
    }

    [GeneratedRegex("""^#(?<kind>[ri])\s+"nuget:\s*(?<body>[^"]*)"\s*$""")]
    private static partial Regex NuGetDirective();
}
