using System.IO.Compression;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Kernel.Tests.Client;

public partial class NotebookRunnerTests
{
    private static readonly RunOptions Options = new();

    /// <summary>Each fixture's run with the default options, shared by the tests that only read it (one kernel for the three display tests).</summary>
    private static readonly SharedWork<string, NotebookRunResult> SharedRuns = new();

    private static Task<NotebookRunResult> Run(string name, RunOptions? options = null) => options is null
        ? SharedRuns.Get(name, n => new NotebookRunner(Options).RunAsync(Fixtures.Load(n)))
        : new NotebookRunner(options).RunAsync(Fixtures.Load(name));

    private static IReadOnlyList<CellOutput> OutputsOf(NotebookRunResult result, int cellNumber) => result.Document.Cells[cellNumber - 1].Outputs;

    /// <summary>
    /// A value's text: its text/plain, or for the values .NET Interactive formats as HTML only (numbers, sequences), the
    /// text inside its <c>dni-plaintext</c> block.
    /// </summary>
    private static string PlainOf(CellOutput output) => output.Data.TryGetValue("text/plain", out var plain)
        ? plain
        : System.Net.WebUtility.HtmlDecode(PlainTextBlock().Match(output.Data["text/html"]).Groups[1].Value);

    [System.Text.RegularExpressions.GeneratedRegex("^<div class=\"dni-plaintext\"><pre>(.*?)</pre></div>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex PlainTextBlock();

    [Fact]
    public async Task A_notebook_that_succeeds_carries_state_from_cell_to_cell()
    {
        var result = await Run("succeed.ipynb");
        Assert.False(result.Failed);
        Assert.Equal("21", PlainOf(Assert.Single(OutputsOf(result, 3))));
        Assert.Equal("x is 20\n", Assert.Single(OutputsOf(result, 4)).Text);
        Assert.Equal([null, 1, 2, 3], result.Document.Cells.Select(c => c.ExecutionCount));
    }

    [Fact]
    public async Task The_input_document_is_never_changed()
    {
        var document = Fixtures.Load("succeed.ipynb");
        var before = document.ToJson();
        await new NotebookRunner(Options).RunAsync(document);
        Assert.Equal(before, document.ToJson());
        Assert.Equal(File.ReadAllText(Fixtures.Path("succeed.ipynb")), before);
    }

    [Fact]
    public async Task When_a_cell_throws_every_later_cell_still_runs()
    {
        var result = await Run("fail.ipynb");
        var error = Assert.Single(OutputsOf(result, 2));
        Assert.Equal("error", error.OutputType);
        Assert.Equal("Error", error.ErrorName);
        Assert.StartsWith("System.InvalidOperationException: this cell fails on purpose", error.ErrorValue);
        Assert.Equal("2", PlainOf(Assert.Single(OutputsOf(result, 3))));
        Assert.Equal(2, Assert.Single(result.Failures).CellNumber);
    }

    [Fact]
    public async Task With_stop_on_error_the_cells_after_a_failure_do_not_run()
    {
        var result = await Run("fail.ipynb", Options with { StopOnError = true });
        Assert.Empty(OutputsOf(result, 3));
        Assert.Null(result.Document.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task A_compile_error_names_the_file_the_cell_and_the_line_within_the_cell()
    {
        var result = await Run("compile-error.ipynb");
        var line = Assert.Single(result.ErrorLines);
        Assert.EndsWith("compile-error.ipynb cell 2 (2,9): error CS0103: The name 'sigmod' does not exist in the current context", line);
        Assert.Equal("(2,9): error CS0103: The name 'sigmod' does not exist in the current context", OutputsOf(result, 2)[0].ErrorValue);
    }

    [Fact]
    public async Task A_stack_overflow_fails_its_notebook_and_the_next_notebook_still_runs()
    {
        var runner = new NotebookRunner(Options);
        var crashed = await runner.RunAsync(Fixtures.Load("crash.ipynb"));
        Assert.Contains("stack overflow", Assert.Single(crashed.ErrorLines));
        Assert.Contains("crash.ipynb cell 2", crashed.ErrorLines.Single());
        Assert.Empty(OutputsOf(crashed, 3));

        var next = await runner.RunAsync(Fixtures.Load("succeed.ipynb"));
        Assert.False(next.Failed);
    }

    [Fact]
    public async Task Environment_exit_in_a_cell_fails_the_notebook_with_its_exit_code()
    {
        var result = await Run("exit.ipynb");
        Assert.Contains("exited with code 3", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_cell_past_the_timeout_is_stopped_and_reported()
    {
        // The deadline counts from each cell's start, the first cell's compilation included: 8 s leaves a loaded CI
        // machine room to compile the first cell, which must not time out.
        var result = await Run("timeout.ipynb", Options with { CellTimeout = TimeSpan.FromSeconds(8) });
        Assert.Equal("before", PlainOf(Assert.Single(OutputsOf(result, 1))));
        Assert.Contains("timeout", Assert.Single(result.ErrorLines));
        Assert.Contains("cell 2", result.ErrorLines.Single());
        Assert.Contains("ran longer than 8 s", OutputsOf(result, 2)[0].ErrorValue);
    }

    [Fact]
    public async Task A_cell_past_the_timeout_is_interrupted_first_so_code_that_watches_the_token_can_stop_cleanly()
    {
        var folder = RepoPaths.TempFolder();
        var marker = Path.Combine(folder, "interrupted.txt");
        var notebook = NotebookDocument.Load(TestNotebooks.Write(folder, "cooperative.ipynb",
            "var token = Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken;\n"
            + "try { while (true) { token.ThrowIfCancellationRequested(); System.Threading.Thread.Sleep(10); } }\n"
            + $"catch (OperationCanceledException) {{ System.IO.File.WriteAllText(@\"{marker}\", \"asked to stop\"); throw; }}"));
        var result = await new NotebookRunner(Options with { CellTimeout = TimeSpan.FromSeconds(8) }).RunAsync(notebook);
        Assert.Contains("ran longer than 8 s", OutputsOf(result, 1)[0].ErrorValue);
        Assert.Equal("asked to stop", File.ReadAllText(marker));
    }

    [Fact]
    public async Task Output_past_the_cap_is_cut_with_a_visible_marker()
    {
        var result = await Run("huge-output.ipynb", Options with { MaxOutputBytes = 10_000 });
        var outputs = OutputsOf(result, 1);
        Assert.Equal(10_000, outputs[0].Text.Length);
        Assert.Contains("output cut", outputs[^1].Text);
    }

    [Fact]
    public async Task Exhausting_memory_fails_the_cell_and_the_notebook_goes_on()
    {
        var result = await Run("memory.ipynb", Options with { MemoryLimitBytes = 512L * 1024 * 1024 });
        Assert.Contains("OutOfMemoryException", Assert.Single(result.ErrorLines));
        Assert.Equal("recovered", PlainOf(Assert.Single(OutputsOf(result, 2))));
    }

    [Fact]
    public async Task Display_update_keeps_the_first_value_as_the_final_release_does_and_the_trailing_value_follows()
    {
        var result = await Run("display.ipynb");
        // The final release's display() returns a DisplayedValue other than the one it showed (DisplayExtensions.Display
        // makes two, each with its own DisplayId), so its Update names a display id nothing shows: in Polyglot as here,
        // the first value stays.
        Assert.Equal(["first", "trailing"], OutputsOf(result, 1).Select(PlainOf));
    }

    [Fact]
    public async Task A_trailing_display_call_adds_no_second_output()
    {
        var result = await Run("display.ipynb");
        Assert.Equal("only once", PlainOf(Assert.Single(OutputsOf(result, 2))));
    }

    [Fact]
    public async Task Html_and_DisplayAs_show_raw_markup_and_Display_shows_a_value()
    {
        var result = await Run("display.ipynb");
        Assert.Equal("<b>bold</b>", Assert.Single(OutputsOf(result, 3)).Data["text/html"]);
        Assert.Equal("<i>x</i>", Assert.Single(OutputsOf(result, 4)).Data["text/html"]);
        Assert.Equal("[ 1, 2, 3 ]", PlainOf(Assert.Single(OutputsOf(result, 5))));
    }

    [Fact]
    public async Task Consecutive_writes_to_one_stream_merge_and_a_switch_of_stream_starts_a_new_output()
    {
        var result = await Run("streams.ipynb");
        Assert.Equal("abc\n", Assert.Single(OutputsOf(result, 1)).Text);
        Assert.Equal(["stdout:out 1\n", "stderr:err\n", "stdout:out 2\n"], OutputsOf(result, 2).Select(o => $"{o.StreamName}:{o.Text}"));
    }

    [Fact]
    public async Task A_dll_referenced_by_a_relative_path_formats_its_types_by_their_own_formatter()
    {
        var result = await Run("references.ipynb");
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        var html = Assert.Single(OutputsOf(result, 2)).Data["text/html"];
        Assert.StartsWith("<table class=\"clawdemy-table\">", html);
        Assert.Contains("0.5474", html);
    }

    [Fact]
    public async Task A_csx_file_is_loaded_relative_to_the_notebook()
    {
        var result = await Run("references.ipynb");
        Assert.Equal("42", PlainOf(Assert.Single(OutputsOf(result, 3))));
    }

    [Fact]
    public async Task A_nuget_package_is_restored_and_a_second_version_is_refused()
    {
        var result = await Run("nuget.ipynb");
        Assert.Equal("5", PlainOf(OutputsOf(result, 1).Last()));
        Assert.Contains("MathNet.Numerics version 4.15.0 cannot be added because version 5.0.0 was added previously.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_package_source_added_with_hash_i_is_used_by_later_restores()
    {
        // A package that exists only in a folder feed made here: the restore can only find it through #i.
        var folder = RepoPaths.TempFolder();
        var feed = Directory.CreateDirectory(Path.Combine(folder, "feed")).FullName;
        var id = "Clawdemy.FeedOnly." + Guid.NewGuid().ToString("N")[..8];
        using (var package = ZipFile.Open(Path.Combine(feed, $"{id}.1.0.0.nupkg"), ZipArchiveMode.Create))
        {
            using (var nuspec = new StreamWriter(package.CreateEntry($"{id}.nuspec").Open()))
            {
                nuspec.Write($"""<?xml version="1.0" encoding="utf-8"?><package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd"><metadata><id>{id}</id><version>1.0.0</version><authors>tests</authors><description>Only in a local feed.</description></metadata></package>""");
            }

            package.CreateEntryFromFile(RepoPaths.Combine("artifacts", "lib", "Clawdemy.Notebooks.dll"), "lib/net8.0/Clawdemy.Notebooks.dll");
        }

        var cells = new[] { $"#i \"nuget: {feed}\"", $"#r \"nuget: {id}, 1.0.0\"\nClawdemy.Notebooks.Format.Count(13002)" }
            .Select((source, i) => $$"""{"cell_type":"code","execution_count":null,"id":"c{{i}}","metadata":{},"outputs":[],"source":{{System.Text.Json.JsonSerializer.Serialize(source)}}}""");
        var document = NotebookDocument.Parse($$"""{"cells":[{{string.Join(",", cells)}}],"metadata":{},"nbformat":4,"nbformat_minor":5}""", Path.Combine(folder, "feed.ipynb"));
        var result = await new NotebookRunner(Options).RunAsync(document);
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        Assert.Equal("13,002", PlainOf(result.Document.Cells[1].Outputs.Last()));
    }

    [Fact]
    public async Task A_notebook_drawing_with_plotly_net_interactive_shows_one_chart_per_chart_cell_through_the_kernel_process()
    {
        var path = RepoPaths.TestFolder("Clawdemy.Notebooks.Engine.Tests", "Corpus", "Extensions", "REF-Graphs-and-Visualizations.ipynb");
        var result = await new NotebookRunner(Options).RunAsync(NotebookDocument.Load(path));
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        foreach (var cell in new[] { 7, 9, 11 })
        {
            var chart = Assert.Single(OutputsOf(result, cell));
            Assert.Contains("Plotly.newPlot", chart.Data["text/html"]);
        }
    }

    [Fact]
    public async Task Time_markdown_and_kernel_magics_behave_as_in_polyglot_and_a_cell_runs_on_the_kernel_its_metadata_names()
    {
        var result = await Run("magics.ipynb");
        Assert.Matches(@"^Wall time: [0-9.]+ms$", PlainOf(Assert.Single(OutputsOf(result, 1))));
        Assert.Contains("<h1 id=\"title\">Title</h1>", Assert.Single(OutputsOf(result, 2)).Data["text/html"]);
        Assert.Contains("error DNI101: Unknown magic command '#!fsharp'", Assert.Single(result.ErrorLines));
        Assert.Equal("csharp again", PlainOf(Assert.Single(OutputsOf(result, 4))));
        Assert.Equal("<b>an html cell by its metadata</b>", Assert.Single(OutputsOf(result, 5)).Data["text/html"]);
    }

    /// <summary>
    /// A kernel command that takes the shell port of each start's connection file before it becomes the real kernel
    /// (which then cannot bind it and exits), for the first <paramref name="takenStarts"/> starts; it records each start's
    /// shell port, one a line, in the returned file.
    /// </summary>
    private static (RunOptions Options, string Ports) TakingShellPorts(int takenStarts)
    {
        var folder = RepoPaths.TempFolder();
        var ports = Path.Combine(folder, "shell-ports");
        var wrapper = Path.Combine(folder, "take_a_port.py");
        File.WriteAllText(wrapper, """
            import json, os, socket, sys
            ports, taken_starts, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
            connection = json.load(open(command[command.index("--connection-file") + 1]))
            starts = len(open(ports).read().split()) if os.path.exists(ports) else 0
            open(ports, "a").write(f"{connection['shell_port']}\n")
            if starts < taken_starts:
                taken = socket.socket()
                taken.bind((connection["ip"], connection["shell_port"]))
                taken.listen()
                taken.set_inheritable(True)
            os.execv(command[0], command)
            """);
        return (Options with { KernelCommand = ["/usr/bin/python3", wrapper, ports, $"{takenStarts}", .. Options.KernelCommand] }, ports);
    }

    [Fact]
    public async Task A_kernel_whose_port_another_process_took_is_started_again_with_fresh_ports()
    {
        var (options, ports) = TakingShellPorts(takenStarts: 1);
        var result = await new NotebookRunner(options).RunAsync(Fixtures.Load("succeed.ipynb"));
        Assert.False(result.Failed, string.Join("\n", result.ErrorLines));
        Assert.Equal("21", PlainOf(Assert.Single(OutputsOf(result, 3))));
        var shellPorts = File.ReadAllLines(ports);
        Assert.Equal(2, shellPorts.Length);
        Assert.NotEqual(shellPorts[0], shellPorts[1]);
    }

    [Fact]
    public async Task A_kernel_whose_ports_are_taken_at_every_start_fails_its_notebook_naming_the_port()
    {
        var (options, ports) = TakingShellPorts(takenStarts: NotebookRunner.StartAttempts);
        var result = await new NotebookRunner(options).RunAsync(Fixtures.Load("succeed.ipynb"));
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches(@"the kernel could not start: cannot bind the shell port 127\.0\.0\.1:\d+: .*\(another program took one of its ports, 3 starts in a row\); no cell ran$", line);
        Assert.Equal(NotebookRunner.StartAttempts, File.ReadAllLines(ports).Distinct().Count());
    }
}
