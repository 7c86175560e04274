using System.Text.Json;

namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// Runs one of the export's Node.js scripts (copied beside this assembly under <c>Assets/</c>) on a request, as JSON in
/// and JSON out. Each script runs in one Node.js process (a <see cref="NodeWorker"/>) kept for the calls that follow in
/// this process, so that its packages load once: a test host renders dozens of handout sets, and jsdom alone takes half
/// a second of CPU to start. A worker that failed, died or ran too long is ended, and the next call starts another.
/// </summary>
internal static class NodeScript
{
    /// <summary>The longest one request may take (a whole course's math or Markdown at once takes about a second).</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The longest answer read back: 256 MB of text, far past any export's.</summary>
    private const int AnswerLimit = 256 * 1024 * 1024;

    /// <summary>The running workers, by script and arguments; one request at a time each.</summary>
    private static readonly Dictionary<string, NodeWorker> Workers = [];

    /// <summary>The workers end with this process: ended as it exits, not a moment after, when their stdin closes.</summary>
    static NodeScript() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        lock (Workers)
        {
            foreach (var worker in Workers.Values) worker.Dispose();
            Workers.Clear();
        }
    };

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> on <paramref name="request"/> and returns its answer.</summary>
    /// <param name="script">The script's file name in Assets/, such as render-math.js.</param>
    /// <param name="arguments">Its arguments (package folders).</param>
    /// <param name="request">What it is asked, serialised as JSON.</param>
    /// <param name="purpose">What the script does, for messages: "typeset the handouts' math with KaTeX".</param>
    /// <exception cref="InvalidOperationException">When Node.js is missing or the script fails; the message says which.</exception>
    public static T Run<T>(string script, IEnumerable<string> arguments, object request, string purpose)
    {
        string[] command = [Path.Combine(AppContext.BaseDirectory, "Assets", script), .. arguments];
        var key = string.Join('\n', command);
        lock (Workers)
        {
            if (!Workers.TryGetValue(key, out var worker) || worker.HasExited)
            {
                try
                {
                    worker = NodeWorker.Start(command);
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    throw new InvalidOperationException($"Node.js (node) is needed to {purpose}; install Node.js.");
                }

                Workers[key] = worker;
            }

            string answer;
            try
            {
                answer = worker.Ask(JsonSerializer.Serialize(request), Timeout, AnswerLimit);
            }
            catch (InvalidOperationException e)
            {
                if (worker.HasExited)
                {
                    worker.Dispose();
                    Workers.Remove(key);
                }

                throw new InvalidOperationException($"Node.js could not {purpose}: {e.Message}");
            }

            return JsonSerializer.Deserialize<T>(answer) ?? throw new InvalidOperationException($"Node.js could not {purpose}: it answered nothing");
        }
    }
}
