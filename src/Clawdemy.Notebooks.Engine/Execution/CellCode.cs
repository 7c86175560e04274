using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;
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
    /// <summary>The magic commands that run in a C# cell, before its code.</summary>
    public static readonly IReadOnlyList<string> MagicNames = ["time", "who", "whos", "lsmagic", "about", "set", "share"];

    /// <summary>The magics of the cell (other than <c>#!time</c>), in order: name and arguments.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Arguments)> Magics { get; init; } = [];

    /// <summary>The arguments on the cell's first line after its kernel name (<c>#!value --name x</c>).</summary>
    public IReadOnlyList<string> KernelArguments { get; init; } = [];

    /// <summary>Splits a cell's source; <paramref name="defaultKernel"/> applies when no first line names one.</summary>
    public static CellCode Parse(string source, string defaultKernel)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var kernel = defaultKernel;
        var timed = false;
        var packages = new List<PackageReference>();
        var sources = new List<string>();
        var problems = new List<string>();
        var magics = new List<(string, IReadOnlyList<string>)>();
        IReadOnlyList<string> kernelArguments = [];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var words = line[2..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var name = words.Length > 0 ? words[0] : "";
                var arguments = words.Skip(1).ToArray();
                if (Kernels.IsKernelName(name))
                {
                    if (i == 0)
                    {
                        kernel = Kernels.Canonical(name);
                        kernelArguments = arguments;
                    }
                    else problems.Add($"({i + 1},1): error: #!{name} switches kernels in the middle of a cell; start a new cell instead");
                    if (i == 0 && Kernels.Canonical(name) is not Kernels.CSharp)
                    {
                        return new CellCode(kernel, string.Join("\n", lines.Skip(1)), false, [], [], []) { KernelArguments = kernelArguments };
                    }
                }
                else if (name == "time")
                {
                    timed = true;
                }
                else if (MagicNames.Contains(name))
                {
                    magics.Add((name, arguments));
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

        return new CellCode(kernel, string.Join("\n", lines), timed, packages, sources, problems) { Magics = magics, KernelArguments = kernelArguments };
    }

    [GeneratedRegex("""^#(?<kind>[ri])\s+"nuget:\s*(?<body>[^"]*)"\s*$""")]
    private static partial Regex NuGetDirective();
}
