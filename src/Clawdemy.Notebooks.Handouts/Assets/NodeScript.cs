using System.Text.Json;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// Runs one of the export's Node.js scripts (copied beside this assembly under <c>Assets/</c>): the request goes in as
/// JSON on stdin, the answer comes back as JSON on stdout. One process per call, so a whole export costs one start.
/// </summary>
internal static class NodeScript
{
    /// <summary>The longest one script may run (a whole course's math or Markdown at once takes about a second).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The longest answer read back: 256 MB of text, far past any export's.</summary>
    private const int AnswerLimit = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> and returns its answer.</summary>
    /// <param name="script">The script's file name in Assets/, such as render-math.js.</param>
    /// <param name="arguments">Its arguments (package folders).</param>
    /// <param name="request">What it reads on stdin, serialised as JSON.</param>
    /// <param name="purpose">What the script does, for messages: "typeset the handouts' math with KaTeX".</param>
    /// <exception cref="InvalidOperationException">When Node.js is missing or the script fails; the message says which.</exception>
    public static T Run<T>(string script, IEnumerable<string> arguments, object request, string purpose)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Assets", script);
        HelperResult result;
        try
        {
            result = ChildProcess.Run(ChildProcess.StartInfo(Programs.Node, [path, .. arguments], standardInput: true), Timeout, JsonSerializer.Serialize(request), AnswerLimit);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"Node.js (node) is needed to {purpose}; install Node.js.");
        }

        if (result.TimedOut) throw new InvalidOperationException($"Node.js could not {purpose}: it did not finish within {Timeout.TotalSeconds:0} s");
        if (result.ExitCode != 0)
        {
            var first = result.FirstErrorLine("Error") is { Length: > 0 } line ? line : $"exit code {result.ExitCode}";
            throw new InvalidOperationException($"Node.js could not {purpose}: {first}");
        }

        if (result.OutputCut) throw new InvalidOperationException($"Node.js could not {purpose}: its answer was longer than {AnswerLimit / (1024 * 1024)} MB");
        return JsonSerializer.Deserialize<T>(result.Output) ?? throw new InvalidOperationException($"Node.js could not {purpose}: it answered nothing");
    }
}
