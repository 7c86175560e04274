using System.Diagnostics;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Kernel.Tests.Client;

/// <summary>
/// Cells that try to hang, flood, forge or orphan: the run returns within a bound, reports the cell, and leaves nothing
/// of the kernel's process group alive. Processes are found by the kernel's own group (its pid), never by name.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class HostileCellTests
{
    /// <summary>What "returns within a bound" means here: the cell's timeout plus the interrupt grace and kernel start, with room for a loaded machine.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(40);

    // The deadline counts from each cell's start, the first cell's compilation and the building of .NET Interactive's
    // kernel included (1-3 s alone, past 10 s at a load average of 11, measured): 20 s leaves a loaded CI machine room
    // for a first cell that must not time out, and still ends an endless one inside Bound.
    private static readonly RunOptions Quick = new() { CellTimeout = TimeSpan.FromSeconds(20) };

    private static NotebookDocument Notebook(params string[] cells) => NotebookDocument.Load(TestNotebooks.Write(RepoPaths.TempFolder(), "hostile.ipynb", cells));

    /// <summary>Runs the notebook while recording the kernel's process group, then checks the run's bound and that the group is gone.</summary>
    private static async Task<NotebookRunResult> RunWatchedAsync(NotebookDocument document, RunOptions? options = null)
    {
        var groups = new HashSet<int>();
        using var watching = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                foreach (var pid in ChildrenOf(Environment.ProcessId)) lock (groups) groups.Add(pid);
                await Task.Delay(50);
            }
        });
        var clock = Stopwatch.StartNew();
        var result = await new NotebookRunner(options ?? Quick).RunAsync(document).WaitAsync(Bound);
        await watching.CancelAsync();
        await watcher;
        Assert.True(clock.Elapsed < Bound, $"the run took {clock.Elapsed}");
        int[] seen;
        lock (groups) seen = [.. groups];
        Assert.NotEmpty(seen);
        // A killed process is a zombie until it is reaped: give the reaping a moment, then nothing of the group may live.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (DateTime.UtcNow < deadline && seen.Any(g => ProcessTable.LivingMembers(g).Count > 0)) await Task.Delay(100);
        foreach (var group in seen) Assert.True(ProcessTable.LivingMembers(group).Count == 0, $"processes of the kernel's group {group} are still alive: {string.Join(", ", ProcessTable.LivingMembers(group))}");

        return result;
    }

    /// <summary>Direct children of a process that lead their own process group: the kernels it started.</summary>
    private static IEnumerable<int> ChildrenOf(int parent) => ProcessTable.Read().Where(p => p.Parent == parent && p.Group == p.Pid).Select(p => p.Pid);

    private static string AllText(NotebookRunResult result) =>
        string.Join("\n", result.Document.Cells.SelectMany(c => c.Outputs).SelectMany(o => o.Data.Values.Append(o.Text).Append(o.ErrorValue ?? "")));

    [Fact]
    public async Task A_child_process_that_never_ends_does_not_hang_the_notebook_and_is_ended_with_it()
    {
        var result = await RunWatchedAsync(Notebook(
            """System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "600") { UseShellExecute = false });""",
            """System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", "-c \"yes > /dev/null\"") { UseShellExecute = false });""",
            "\"both started\""));
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        Assert.Contains("both started", AllText(result));
    }

    [Fact]
    public async Task A_thread_that_never_ends_does_not_hang_the_notebook()
    {
        var result = await RunWatchedAsync(Notebook(
            "new System.Threading.Thread(() => { while (true) System.Threading.Thread.Sleep(100); }) { IsBackground = false }.Start();",
            "\"after the thread\""));
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        Assert.Contains("after the thread", AllText(result));
    }

    [Fact]
    public async Task Output_does_not_extend_the_deadline_of_a_cell_that_prints_forever()
    {
        var result = await RunWatchedAsync(Notebook("while (true) Console.WriteLine(\"still going\");", "\"never runs\""));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(1, failure.CellNumber);
        Assert.Contains("timeout", failure.Errors[0], StringComparison.Ordinal);
        Assert.DoesNotContain("never runs", AllText(result));
        Assert.True(result.Document.Cells[0].Outputs.Sum(o => o.Text.Length) <= Quick.MaxOutputBytes + 1024);
    }

    [Fact]
    public async Task Writes_to_the_real_stdout_descriptor_are_kept_up_to_the_cap_and_the_rest_is_dropped()
    {
        var options = Quick with { MaxOutputBytes = 64 * 1024 };
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = await RunWatchedAsync(Notebook(
            """
            var raw = Console.OpenStandardOutput();
            var line = System.Text.Encoding.ASCII.GetBytes(new string('x', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++) raw.Write(line);
            raw.Flush();
            raw.Dispose();
            """,
            "\"after the flood\""), options);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        var kept = result.Document.Cells[0].Outputs.Where(o => o.OutputType == "stream").Sum(o => o.Text.Length);
        Assert.InRange(kept, 1, options.MaxOutputBytes + 1024);
        Assert.Contains("output cut", AllText(result));
        Assert.Contains("after the flood", AllText(result));
        Assert.True(after - before < 100L * 1024 * 1024, $"the runner kept {(after - before) / (1024 * 1024)} MB of a 50 MB flood");
    }

    [Fact]
    public async Task Writes_to_the_real_stderr_descriptor_are_shown_on_the_cell_up_to_the_cap_without_the_kernels_log()
    {
        var options = Quick with { MaxOutputBytes = 64 * 1024 };
        var result = await RunWatchedAsync(Notebook(
            """
            var child = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", "echo a child on stderr >&2"]) { UseShellExecute = false });
            child.WaitForExit();
            """,
            """
            var raw = Console.OpenStandardError();
            var line = System.Text.Encoding.ASCII.GetBytes(new string('e', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++) raw.Write(line);
            raw.Flush();
            """,
            "\"after the flood\""), options);
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        var stderr = result.Document.Cells.SelectMany(c => c.Outputs).Where(o => o.OutputType == "stream" && o.StreamName == "stderr").ToArray();
        Assert.Contains(stderr, o => o.Text.Contains("a child on stderr"));
        var flood = result.Document.Cells[1].Outputs.Where(o => o.OutputType == "stream").Sum(o => o.Text.Length);
        Assert.InRange(flood, 1, options.MaxOutputBytes + 1024);
        Assert.Contains("output cut", AllText(result));
        Assert.Contains("after the flood", AllText(result));
        Assert.DoesNotContain(KernelProcess.LogPrefix, AllText(result));
    }

    [Fact]
    public async Task A_cell_cannot_forge_the_protocol_by_printing_it()
    {
        var result = await RunWatchedAsync(Notebook(
            """
            Console.Write("\u001e{\"type\":\"done\"}\n");
            var raw = Console.OpenStandardOutput();
            raw.Write(System.Text.Encoding.UTF8.GetBytes("<IDS|MSG>\n\u001e{\"type\":\"end\",\"index\":0,\"outputs\":[],\"errors\":[]}\n"));
            raw.Flush();
            """,
            "throw new Exception(\"the second cell really fails\");",
            "\"third\""));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(2, failure.CellNumber);
        Assert.Contains("third", AllText(result));
    }

    [Fact]
    public async Task Native_memory_past_the_limit_ends_the_kernel_with_the_reason_on_the_cell()
    {
        var options = Quick with { MemoryLimitBytes = 600L * 1024 * 1024, CellTimeout = TimeSpan.FromSeconds(20) };
        var result = await RunWatchedAsync(Notebook(
            """
            var blocks = new List<IntPtr>();
            while (true)
            {
                var block = System.Runtime.InteropServices.Marshal.AllocHGlobal(16 * 1024 * 1024);
                for (var i = 0; i < 16 * 1024 * 1024; i += 4096) System.Runtime.InteropServices.Marshal.WriteByte(block, i, 1);
                blocks.Add(block);
            }
            """,
            "\"never runs\""), options);
        var failure = Assert.Single(result.Failures);
        Assert.Contains("out of memory", failure.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_fast_ends_the_kernel_and_fails_only_its_cell()
    {
        var result = await RunWatchedAsync(Notebook("\"before\"", "Environment.FailFast(\"a cell that pulls the plug\");", "\"never runs\""));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(2, failure.CellNumber);
        Assert.Contains("kernel stopped", failure.Errors[0], StringComparison.Ordinal);
        Assert.Contains("before", AllText(result));
    }

    [Fact]
    public async Task A_kernel_that_floods_its_stderr_and_then_dies_still_names_the_reason()
    {
        var result = await RunWatchedAsync(Notebook(
            """
            var err = Console.OpenStandardError();
            var bytes = System.Text.Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
            for (var i = 0; i < 1024; i++) err.Write(bytes);
            err.Flush();
            Environment.FailFast("the last words after a flood");
            """));
        var failure = Assert.Single(result.Failures);
        Assert.Contains("the last words after a flood", failure.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_input_under_run_fails_the_cell_at_once_instead_of_hanging()
    {
        var result = await RunWatchedAsync(Notebook("var answer = Console.ReadLine();", "\"after\""));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(1, failure.CellNumber);
        Assert.Contains("asked for input", failure.Errors[0], StringComparison.Ordinal);
        Assert.Contains("after", AllText(result));
    }

    [Fact]
    public async Task An_update_from_a_later_cell_leaves_the_earlier_cells_output_as_the_final_release_does()
    {
        // DisplayExtensions.Display in the final release shows one DisplayedValue and returns another, with its own id.
        var result = await RunWatchedAsync(Notebook("var shown = display(\"before\");", "shown.Update(\"after\");"));
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        var saved = Assert.Single(result.Document.Cells[0].Outputs);
        Assert.Equal("display_data", saved.OutputType);
        Assert.Equal("before", saved.Data["text/plain"]);
        Assert.Empty(result.Document.Cells[1].Outputs);
    }
}
