using System.Diagnostics;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Cli.Tests.Commands;

/// <summary>
/// Hostile notebooks run by <c>clawdemy run</c> as a process, all in one batch beside a good notebook, as a course's
/// folder of notebooks from anyone would be (issue 12): the CLI returns within a bound, names each failing cell with
/// its reason, writes every notebook (the good one with its outputs), and leaves no process of its run alive.
/// </summary>
public sealed class HostileRunTests(HostileRunTests.Batch batch) : IClassFixture<HostileRunTests.Batch>
{
    /// <summary>What "returns within a bound" means for the batch: two endless cells' timeouts and grace, every kernel's start, on a loaded machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(150);

    /// <summary>Each cell's deadline in the batch: room for a loaded machine to compile a first cell that must not time out.</summary>
    private const int TimeoutSeconds = 10;

    /// <summary>Each kernel's memory in the batch (--max-memory): the native-memory notebook reaches it in about 2.5 s, where 2 GB took 7 s.</summary>
    private const int MemoryMegabytes = 512;

    /// <summary>The hostile notebooks, by file name: their cells.</summary>
    private static readonly Dictionary<string, string[]> Hostile = new()
    {
        ["children-forever.ipynb"] =
        [
            """System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "600") { UseShellExecute = false });""",
            """System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", "yes > /dev/null"]) { UseShellExecute = false });""",
            """System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", "sleep 600 & sleep 600 & wait"]) { UseShellExecute = false });""",
            "\"children started\"",
        ],
        ["thread-forever.ipynb"] = ["new System.Threading.Thread(() => { while (true) System.Threading.Thread.Sleep(100); }).Start();", "\"after the thread\""],
        ["prints-forever.ipynb"] = ["while (true) Console.WriteLine(\"still going\");", "\"never runs\""],
        ["spins-forever.ipynb"] = ["while (true) { }", "\"never runs\""],
        ["forges-the-protocol.ipynb"] =
        [
            """
            Console.Write("\u001e{\"type\":\"done\"}\n");
            var raw = Console.OpenStandardOutput();
            raw.Write(System.Text.Encoding.UTF8.GetBytes("<IDS|MSG>\n{\"status\":\"ok\"}\n"));
            raw.Flush();
            """,
            "throw new Exception(\"the second cell really fails\");",
        ],
        ["stack-overflow.ipynb"] = ["int Deeper(int n) => Deeper(n + 1) + 1;", "Deeper(0)"],
        ["exits.ipynb"] = ["\"before\"", "Environment.Exit(3);", "\"never runs\""],
        ["fails-fast.ipynb"] = ["Environment.FailFast(\"a cell that pulls the plug\");"],
        ["native-memory.ipynb"] =
        [
            """
            var blocks = new List<IntPtr>();
            while (true)
            {
                var block = System.Runtime.InteropServices.Marshal.AllocHGlobal(64 * 1024 * 1024);
                for (var i = 0; i < 64 * 1024 * 1024; i += 4096) System.Runtime.InteropServices.Marshal.WriteByte(block, i, 1);
                blocks.Add(block);
            }
            """,
        ],
    };

    /// <summary>The CLI run once over every hostile notebook and a good one, with every process of the run recorded while it ran.</summary>
    public sealed class Batch : IAsyncLifetime
    {
        public string Folder { get; } = RepoPaths.TempFolder();

        public string Output => Path.Combine(Folder, "out");

        public int ExitCode { get; private set; }

        public TimeSpan Elapsed { get; private set; }

        public string Messages { get; private set; } = "";

        public IReadOnlyList<int> Processes { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var notebooks = Hostile.Select(h => TestNotebooks.Write(Folder, h.Key, h.Value)).Append(TestNotebooks.Write(Folder, "good.ipynb", "1 + 1")).ToArray();
            var clock = Stopwatch.StartNew();
            using var cli = Process.Start(CliProcess.StartInfo(["run", .. notebooks, "--output", Output, "--timeout", $"{TimeoutSeconds}", "--max-memory", $"{MemoryMegabytes}", "--parallel", "3"]))!;
            var stdout = cli.StandardOutput.ReadToEndAsync();
            var stderr = cli.StandardError.ReadToEndAsync();
            var seen = new HashSet<int>();
            while (!cli.HasExited && clock.Elapsed < Bound)
            {
                seen.UnionWith(ProcessTable.LivingDescendants(cli.Id));
                await Task.Delay(100);
            }

            if (!cli.HasExited) cli.Kill(entireProcessTree: true);
            await cli.WaitForExitAsync();
            Elapsed = clock.Elapsed;
            ExitCode = cli.ExitCode;
            Messages = await stdout + "\n" + await stderr;
            Processes = [.. seen];
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>The CLI's one-line failures for a notebook: "PATH cell N…: reason" (its progress lines end in "ok" or "failed").</summary>
    private string[] FailureLines(string name) => batch.Messages.Split('\n')
        .Where(l => l.StartsWith($"{Path.Combine(batch.Folder, name)} cell ", StringComparison.Ordinal))
        .Where(l => !l.EndsWith(" ok", StringComparison.Ordinal) && !l.EndsWith(" failed", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void The_cli_returns_within_its_bound_and_says_cells_failed()
    {
        Assert.True(batch.Elapsed < Bound, $"the run took {batch.Elapsed}");
        Assert.Equal(2, batch.ExitCode);
    }

    [Fact]
    public async Task No_process_of_the_run_is_alive_after_it_returns()
    {
        Assert.NotEmpty(batch.Processes);
        // A killed process is a zombie until it is reaped: give the reaping a moment.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var alive = batch.Processes.Where(ProcessTable.IsAlive).ToList();
        while (alive.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            alive = alive.Where(ProcessTable.IsAlive).ToList();
        }

        Assert.Empty(alive);
    }

    [Fact]
    public void The_good_notebook_beside_them_is_written_with_its_output()
    {
        var good = NotebookDocument.Load(Path.Combine(batch.Output, "good.ipynb"));
        Assert.Equal("2", Assert.Single(good.Cells[0].Outputs).Data["text/plain"]);
        Assert.Empty(FailureLines("good.ipynb"));
    }

    [Theory]
    [InlineData("children-forever.ipynb", 0, "children started")]
    [InlineData("thread-forever.ipynb", 0, "after the thread")]
    [InlineData("prints-forever.ipynb", 1, "timeout")]
    [InlineData("spins-forever.ipynb", 1, "timeout")]
    [InlineData("forges-the-protocol.ipynb", 2, "the second cell really fails")]
    [InlineData("stack-overflow.ipynb", 2, "stack overflow")]
    [InlineData("exits.ipynb", 2, "exit")]
    [InlineData("fails-fast.ipynb", 1, "a cell that pulls the plug")]
    [InlineData("native-memory.ipynb", 1, "out of memory (the kernel used more than 512 MB)")]
    public void Each_hostile_notebook_is_written_and_a_failing_one_names_its_cell_and_the_reason(string name, int failingCell, string expected)
    {
        var path = Path.Combine(batch.Folder, name);
        var written = NotebookDocument.Load(Path.Combine(batch.Output, name));
        var lines = FailureLines(name);
        if (failingCell == 0)
        {
            Assert.Empty(lines);
            Assert.Contains(written.Cells.SelectMany(c => c.Outputs), o => o.Data.Values.Any(v => v.Contains(expected, StringComparison.Ordinal)));
        }
        else
        {
            var line = Assert.Single(lines);
            Assert.StartsWith($"{path} cell {failingCell}", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.OrdinalIgnoreCase);
        }
    }
}
