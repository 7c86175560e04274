using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

/// <summary>The real C# kernel as the engine hosts it, driven in process: the host's magics, input, interrupt and packages.</summary>
[Collection(FormatterCollection.Name)]
public class NotebookKernelTests
{
    private const int OutputCap = 1 << 20;

    private static string HtmlOf(CellRun run) => Assert.Single(run.Outputs).Data["text/html"];

    [Fact]
    public async Task The_worked_example_gives_its_weighted_sum_and_both_squishes()
    {
        using var kernel = new NotebookKernel();
        var run = await kernel.RunAsync("var z = 0.5 * 0.3 + 0.8 * -0.2 + 0.2 * 0.5 + 0.1;\n$\"{z:0.00} {1 / (1 + Math.Exp(-z)):0.000} {Math.Max(0, z):0.00}\"", OutputCap);
        Assert.False(run.Failed, string.Join("\n", run.Errors));
        Assert.Equal("0.19 0.547 0.19", Assert.Single(run.Outputs).Data["text/plain"]);
    }

    [Fact]
    public async Task Console_text_displays_and_the_trailing_value_come_out_in_order()
    {
        using var kernel = new NotebookKernel();
        var run = await kernel.RunAsync("Console.WriteLine(\"one\"); display(\"two\"); Console.Error.WriteLine(\"three\");\n4", OutputCap);
        Assert.Equal(["stream", "display_data", "stream", "display_data"], run.Outputs.Select(o => o.OutputType));
        Assert.Equal("one\n", run.Outputs[0].Text);
        Assert.Equal("two", run.Outputs[1].Data["text/plain"]);
        Assert.Equal("stderr", run.Outputs[2].StreamName);
        Assert.Contains("<pre>4</pre>", run.Outputs[3].Data["text/html"]);
    }

    [Fact]
    public async Task A_compile_error_fails_with_the_kernels_own_line_and_the_kernel_goes_on()
    {
        using var kernel = new NotebookKernel();
        var failed = await kernel.RunAsync("undefinedThing", OutputCap);
        Assert.Equal("(1,1): error CS0103: The name 'undefinedThing' does not exist in the current context", Assert.Single(failed.Errors));
        Assert.False((await kernel.RunAsync("1 + 1", OutputCap)).Failed);
    }

    [Fact]
    public async Task Web_client_compiles_as_in_polyglot()
    {
        using var kernel = new NotebookKernel();
        var run = await kernel.RunAsync("System.Net.WebClient client = null;\nclient is null", OutputCap);
        Assert.False(run.Failed, string.Join("\n", run.Errors));
    }

    [Fact]
    public async Task Time_shows_the_wall_time_after_the_cells_outputs()
    {
        using var kernel = new NotebookKernel();
        var run = await kernel.RunAsync("#!time\nConsole.WriteLine(\"x\");", OutputCap);
        Assert.False(run.Failed, string.Join("\n", run.Errors));
        Assert.Matches(@"^Wall time: \d+(\.\d+)?ms$", run.Outputs[^1].Data["text/plain"]);
        Assert.Equal("x\n", run.Outputs[0].Text);
    }

    [Fact]
    public async Task Markdown_lsmagic_and_about_are_the_hosts_magics()
    {
        using var kernel = new NotebookKernel();
        Assert.Equal("<h1 id=\"hi\">hi</h1>", HtmlOf(await kernel.RunAsync("#!markdown\n# hi", OutputCap)).Trim());
        var magics = HtmlOf(await kernel.RunAsync("#!lsmagic", OutputCap));
        foreach (var name in new[] { "#!time", "#!who", "#!whos", "#!set", "#!share", "#!import", "#!about", "#!markdown", "#!nuget-restore" })
        {
            Assert.Contains($">{name}<", magics);
        }

        Assert.Contains(".NET Interactive", HtmlOf(await kernel.RunAsync("#!about", OutputCap)));
    }

    [Fact]
    public async Task Who_set_share_and_value_work_as_in_polyglot()
    {
        using var kernel = new NotebookKernel();
        await kernel.RunAsync("var alpha = 1; var beta = \"b\";", OutputCap);
        var who = HtmlOf(await kernel.RunAsync("#!who", OutputCap));
        Assert.Contains("alpha", who);
        Assert.Contains("beta", who);
        Assert.False((await kernel.RunAsync("#!value --name greeting\nhello", OutputCap)).Failed);
        var shared = await kernel.RunAsync("#!set --name text --value @value:greeting\n#!set --name n --value 5\n$\"{text} {n}\"", OutputCap);
        Assert.False(shared.Failed, string.Join("\n", shared.Errors));
        Assert.Equal("hello 5", Assert.Single(shared.Outputs).Data["text/plain"]);
    }

    [Fact]
    public async Task Html_cells_show_their_text()
    {
        using var kernel = new NotebookKernel();
        Assert.Equal("<b>hi</b>", HtmlOf(await kernel.RunAsync("#!html\n<b>hi</b>", OutputCap)));
    }

    [Fact]
    public async Task Input_goes_to_the_front_end_and_fails_at_once_where_none_can_be_given()
    {
        using var kernel = new NotebookKernel();
        var input = new Answers("Ada");
        var sink = new CellOutputSink(OutputCap);
        var asked = await kernel.RunAsync("var name = await Microsoft.DotNet.Interactive.Kernel.GetInputAsync(\"Name?\");\nname", sink, input);
        Assert.False(asked.Failed, asked.Message);
        Assert.Equal("Name?", Assert.Single(input.Prompts));
        Assert.Equal("Ada", Assert.Single(sink.ToOutputs()).Data["text/plain"]);

        var headless = await kernel.RunAsync("await Microsoft.DotNet.Interactive.Kernel.GetInputAsync(\"Name?\")", OutputCap);
        Assert.Contains("none can be given here", Assert.Single(headless.Errors));
    }

    [Fact]
    public async Task An_interrupted_cell_that_checks_its_token_stops_and_earlier_state_is_kept()
    {
        using var kernel = new NotebookKernel();
        await kernel.RunAsync("var before = 7;", OutputCap);
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var run = kernel.RunAsync(
            "var token = Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken;\nwhile (!token.IsCancellationRequested) await Task.Delay(10);\ntoken.ThrowIfCancellationRequested();",
            new CellOutputSink(OutputCap), cancellationToken: interrupt.Token);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(result.Failed);
        var after = await kernel.RunAsync("before", OutputCap);
        Assert.False(after.Failed, string.Join("\n", after.Errors));
        Assert.Contains("<pre>7</pre>", Assert.Single(after.Outputs).Data["text/html"]);
    }

    [Fact]
    public async Task A_nuget_reference_shows_the_installed_packages_then_the_cell_value()
    {
        using var kernel = new NotebookKernel();
        var run = await kernel.RunAsync("#r \"nuget: MathNet.Numerics, 5.0.0\"\nMathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(new[] { 1.0, 2.5 })", OutputCap);
        Assert.False(run.Failed, string.Join("\n", run.Errors));
        Assert.Contains("MathNet.Numerics, 5.0.0", string.Concat(run.Outputs.SelectMany(o => o.Data.Values)));
        Assert.Equal("<div class=\"dni-plaintext\"><pre>[ 1, 2.5 ]</pre></div>", PolyglotCells.Normalize(run.Outputs[^1].Data["text/html"]));
    }

    /// <summary>A front end that answers each prompt with the next of its lines.</summary>
    private sealed class Answers(params string[] lines) : ICellInput
    {
        private int _next;

        public List<string> Prompts { get; } = [];

        public Task<string> ReadLineAsync(string prompt, bool password, CancellationToken cancellationToken)
        {
            Prompts.Add(prompt);
            return Task.FromResult(lines[_next++]);
        }
    }
}
