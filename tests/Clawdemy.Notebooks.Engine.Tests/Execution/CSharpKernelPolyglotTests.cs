using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Engine.Tests.Corpus;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

/// <summary>The kernel API, magics and references of Polyglot's C# kernel, driven in process.</summary>
[Collection(FormatterCollection.Name)]
public class CSharpKernelPolyglotTests
{
    private static CSharpKernel NewKernel() => new(Path.GetTempPath(), maxOutputBytes: 1 << 20);

    private static string HtmlOf(CellRun run) => Assert.Single(run.Outputs).Data["text/html"];

    [Fact]
    public async Task A_value_whose_enumerator_throws_fails_its_cell_and_the_next_cell_runs()
    {
        var kernel = NewKernel();
        var failed = await kernel.RunAsync("class Bad : IEnumerable<int> { public IEnumerator<int> GetEnumerator() => throw new InvalidOperationException(\"boom\"); IEnumerator IEnumerable.GetEnumerator() => GetEnumerator(); }\nnew Bad()");
        Assert.True(failed.Failed);
        Assert.Contains("boom", failed.Errors[0]);
        Assert.Equal("error", Assert.Single(failed.Outputs).OutputType);
        Assert.False((await kernel.RunAsync("1 + 1")).Failed);
    }

    [Fact]
    public async Task System_drawing_and_system_data_compile_as_in_polyglot()
    {
        var run = await NewKernel().RunAsync("var table = new System.Data.DataTable(); table.Columns.Add(\"x\");\nSystem.Drawing.Color.Red.Name + table.Columns.Count");
        Assert.False(run.Failed, string.Join("\n", run.Errors));
        Assert.Equal("Red1", Assert.Single(run.Outputs).Data["text/plain"]);
    }

    [Fact]
    public async Task Html_and_javascript_cells_show_their_text_as_html()
    {
        var kernel = NewKernel();
        Assert.Equal("<b>hi</b>", HtmlOf(await kernel.RunAsync("#!html\n<b>hi</b>")));
        Assert.Equal("<script type=\"text/javascript\">console.log(1)</script>", HtmlOf(await kernel.RunAsync("#!javascript\nconsole.log(1)")));
    }

    [Fact]
    public async Task Set_and_share_make_csharp_variables_from_literals_values_and_other_variables()
    {
        var kernel = NewKernel();
        Assert.False((await kernel.RunAsync("#!value --name greeting\nhello")).Failed);
        Assert.False((await kernel.RunAsync("#!share --from value greeting --as text\n#!set --name n --value 5\nvar y = 2;")).Failed);
        Assert.False((await kernel.RunAsync("#!set --name z --value @csharp:y")).Failed);
        var run = await kernel.RunAsync("$\"{text} {n} {z}\"");
        Assert.Equal("hello 5 2", Assert.Single(run.Outputs).Data["text/plain"]);
    }

    [Fact]
    public async Task Who_and_whos_list_the_variables()
    {
        var kernel = NewKernel();
        await kernel.RunAsync("var alpha = 1; var beta = \"b\";");
        Assert.Contains("alpha\tbeta", HtmlOf(await kernel.RunAsync("#!who")));
        var whos = HtmlOf(await kernel.RunAsync("#!whos"));
        Assert.Contains("<td>alpha</td><td>System.Int32</td><td>1</td>", whos);
    }

    [Fact]
    public async Task Lsmagic_and_about_describe_the_kernel()
    {
        var kernel = NewKernel();
        Assert.Contains("#!share", HtmlOf(await kernel.RunAsync("#!lsmagic")));
        Assert.Contains("C# 14", HtmlOf(await kernel.RunAsync("#!about")));
    }

    [Theory]
    [InlineData("#!fsharp\n1", "the fsharp kernel is not available here")]
    [InlineData("#!connect mssql\n1", "unknown magic command #!connect")]
    public async Task Another_kernel_or_magic_fails_with_one_line_naming_it(string source, string message)
    {
        var run = await NewKernel().RunAsync(source);
        Assert.Contains(message, Assert.Single(run.Errors));
    }

    [Fact]
    public async Task Css_and_javascript_functions_display_a_script()
    {
        var run = await NewKernel().RunAsync("CSS(\"p { color: red }\");");
        Assert.StartsWith("<script type=\"text/javascript\">", HtmlOf(run));
        Assert.Contains("p { color: red }", HtmlOf(run));
    }

    [Fact]
    public async Task A_nuget_reference_shows_the_installed_packages_as_the_real_kernel_saved_them_then_the_cell_value()
    {
        // For #r "nuget: Octokit, 4.0.0" the real kernel saved (dotnet/interactive d5a8dc9634a2b6e177229f464cccc11e5d9f2ec3,
        // samples/notebooks/polyglot/github repo milestone report.ipynb, cell 7):
        // <div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>Octokit, 4.0.0</span></li></ul></div></div>
        var run = await NewKernel().RunAsync("#r \"nuget: MathNet.Numerics, 5.0.0\"\nMathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(new[] { 1.0, 2.5 })");
        Assert.False(run.Failed, string.Join("\n", run.Errors));
        Assert.Equal(2, run.Outputs.Count);
        Assert.Equal("<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>MathNet.Numerics, 5.0.0</span></li></ul></div></div>", run.Outputs[0].Data["text/html"]);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>[ 1, 2.5 ]</pre></div>", PolyglotCorpusTests.Normalize(run.Outputs[1].Data["text/html"]));
    }

    [Fact]
    public async Task A_nuget_reference_without_a_version_shows_the_version_restored()
    {
        // For #r "nuget:System.Text.Json" the real kernel saved "System.Text.Json, 6.0.4" (dotnet/csharp-notebooks
        // 8dcc5865132d1518d01c7b45387bfae38bf2b2d0, notebook-getting-started/02-Code Cells.ipynb, cell 3).
        var run = await NewKernel().RunAsync("#r \"nuget:MathNet.Numerics\"");
        Assert.False(run.Failed, string.Join("\n", run.Errors));
        Assert.Equal("<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>MathNet.Numerics, 5.0.0</span></li></ul></div></div>", HtmlOf(run));
    }

    [Fact]
    public async Task Display_table_shows_html_and_csv_as_the_real_kernel_saved_them()
    {
        var run = await NewKernel().RunAsync("record P(string Name, int Age);\nnew[] { new P(\"Hobie \", 23) }.DisplayTable();");
        var data = Assert.Single(run.Outputs).Data;
        Assert.Equal("Name,Age\r\n\"Hobie \",23\r\n", data["text/csv"]);
        Assert.StartsWith("<table><thead><tr><td><span>Name</span></td><td><span>Age</span></td></tr></thead><tbody><tr><td>Hobie </td><td><div class=\"dni-plaintext\"><pre>23</pre></div></td></tr></tbody></table>", data["text/html"]);
    }
}
