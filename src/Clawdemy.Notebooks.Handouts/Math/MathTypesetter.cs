using System.Diagnostics;
using System.Text.Json;
using Clawdemy.Notebooks.Engine.Processes;
using Clawdemy.Notebooks.Handouts.Assets;

namespace Clawdemy.Notebooks.Handouts.Math;

/// <summary>
/// Typesets TeX to HTML with KaTeX from npm, at export time, in one Node.js process per export: the handouts then need
/// no script for their math, only KaTeX's stylesheet and fonts.
/// </summary>
public sealed class MathTypesetter(FrontEndAssets assets)
{
    /// <summary>Renders every expression, in order.</summary>
    /// <exception cref="InvalidOperationException">When Node.js is missing or KaTeX fails; the message says which.</exception>
    public IReadOnlyList<string> Render(IReadOnlyList<MathExpression> expressions)
    {
        if (expressions.Count == 0) return [];
        var script = Path.Combine(AppContext.BaseDirectory, "Assets", "render-math.js");
        var katex = Path.GetDirectoryName(assets.File("katex", "package.json"))!;
        var start = ChildProcess.StartInfo("node", [script, katex], standardInput: true);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("Node.js (node) is needed to typeset the handouts' math with KaTeX; install Node.js.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(expressions.Select(e => new { tex = e.Tex, display = e.Display })));
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var first = error.Result.Split('\n').FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal))?.Trim() ?? $"exit code {process.ExitCode}";
                throw new InvalidOperationException($"KaTeX could not typeset the math: {first}");
            }

            return JsonSerializer.Deserialize<string[]>(output.Result) ?? [];
        }
    }
}
