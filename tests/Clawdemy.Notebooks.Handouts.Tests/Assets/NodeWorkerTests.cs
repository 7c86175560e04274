using System.Diagnostics;
using Clawdemy.Notebooks.Handouts.Assets;
using Clawdemy.Notebooks.Handouts.Rendering;

namespace Clawdemy.Notebooks.Handouts.Tests.Assets;

/// <summary>
/// The export's Node.js scripts run in one process each, kept for the calls that follow. Alone: the test kills the
/// worker, which would fail a render of another test in flight.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class NodeWorkerTests
{
    [Fact]
    public void Sanitising_again_reuses_the_node_process_and_one_that_died_is_replaced_at_the_next_call()
    {
        var sanitizer = new MarkdownSanitizer(FrontEndAssets.Locate());
        Assert.Equal(["<p>a</p>"], sanitizer.Sanitize(["<p>a<script>alert(1)</script></p>"]));
        var first = Assert.Single(Workers());

        Assert.Equal(["<p>b</p>"], sanitizer.Sanitize(["<p>b</p>"]));
        Assert.Equal([first], Workers());

        using (var worker = Process.GetProcessById(first))
        {
            worker.Kill();
            worker.WaitForExit();
        }

        Assert.Equal(["<p>c</p>"], sanitizer.Sanitize(["<p>c</p>"]));
        Assert.NotEqual(first, Assert.Single(Workers()));
    }

    /// <summary>This process's living children that run the sanitiser's script (known by its path on their command line).</summary>
    private static int[] Workers() => ProcessTable.LivingDescendants(Environment.ProcessId).Where(pid => CommandLine(pid).Contains("sanitize-markdown.js", StringComparison.Ordinal)).ToArray();

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return ""; // it ended meanwhile
        }
    }
}
