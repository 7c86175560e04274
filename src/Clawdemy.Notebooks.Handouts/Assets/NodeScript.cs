using System.Diagnostics;
using System.Text.Json;
using Clawdemy.Notebooks.Engine.Processes;

namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// Runs one of the export's Node.js scripts (copied beside this assembly under <c>Assets/</c>): the request goes in as
/// JSON on stdin, the answer comes back as JSON on stdout. One process per call, so a whole export costs one start.
/// </summary>
internal static class NodeScript
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> and returns its answer.</summary>
    /// <param name="script">The script's file name in Assets/, such as render-math.js.</param>
    /// <param name="arguments">Its arguments (package folders).</param>
    /// <param name="request">What it reads on stdin, serialised as JSON.</param>
    /// <param name="purpose">What the script does, for messages: "typeset the handouts' math with KaTeX".</param>
    /// <exception cref="InvalidOperationException">When Node.js is missing or the script fails; the message says which.</exception>
    public static T Run<T>(string script, IEnumerable<string> arguments, object request, string purpose)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Assets", script);
        var start = ChildProcess.StartInfo("node", [path, .. arguments], standardInput: true);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"Node.js (node) is needed to {purpose}; install Node.js.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(request));
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var first = error.Result.Split('\n').FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal))?.Trim() ?? $"exit code {process.ExitCode}";
                throw new InvalidOperationException($"Node.js could not {purpose}: {first}");
            }

            return JsonSerializer.Deserialize<T>(output.Result) ?? throw new InvalidOperationException($"Node.js could not {purpose}: it answered nothing");
        }
    }
}
