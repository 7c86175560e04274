using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Cli.Course;

/// <summary>
/// A code cell of a course notebook split into the C# that <c>clawdemy check</c> parses and the Polyglot directives
/// around it, for the course's own conventions (the kernel parses and runs cells itself). Directive lines are blanked,
/// not removed, so that diagnostics keep the cell's own line numbers. Directives only count at the start of a line.
/// </summary>
/// <param name="Kernel">The cell's kernel: its first <c>#!name</c> line, or the notebook's choice.</param>
/// <param name="Code">The C# with directive lines blanked; for another kernel, the text below its first line.</param>
/// <param name="Problems">Directives the course does not allow, as "(line,1): error: …".</param>
internal sealed partial record CellCode(string Kernel, string Code, IReadOnlyList<string> Problems)
{
    /// <summary>The magic commands a course cell may use before its code, as the kernel's host defines them.</summary>
    public static readonly IReadOnlyList<string> MagicNames = ["time", "who", "whos", "lsmagic", "about", "set", "share", "import", "nuget-restore"];

    /// <summary>Splits a cell's source; <paramref name="defaultKernel"/> applies when no first line names one.</summary>
    public static CellCode Parse(string source, string defaultKernel)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var kernel = defaultKernel;
        var problems = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var words = line[2..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var name = words.Length > 0 ? words[0] : "";
                if (Kernels.IsKernelName(name))
                {
                    if (i == 0) kernel = Kernels.Canonical(name);
                    else problems.Add($"({i + 1},1): error: #!{name} switches kernels in the middle of a cell; start a new cell instead");
                    if (i == 0 && Kernels.Canonical(name) is not Kernels.CSharp) return new CellCode(kernel, string.Join("\n", lines.Skip(1)), []);
                }
                else if (!MagicNames.Contains(name))
                {
                    problems.Add($"({i + 1},1): error: unknown magic command #!{name}");
                }

                lines[i] = "";
            }
            else if (NuGetDirective().IsMatch(line))
            {
                lines[i] = "";
            }
        }

        return new CellCode(kernel, string.Join("\n", lines), problems);
    }

    [GeneratedRegex("""^#[ri]\s+"nuget:\s*[^"]*"\s*$""")]
    private static partial Regex NuGetDirective();
}
