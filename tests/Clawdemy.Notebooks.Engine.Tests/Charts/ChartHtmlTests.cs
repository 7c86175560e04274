using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Engine.Charts;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Clawdemy.Notebooks.Engine.Tests.Charts;

public class ChartHtmlTests
{
    private static Plotly.NET.GenericChart Chart(string name = "a") => CSharpChart.Line<double, double, string>(new[] { 1.0, 2 }, new[] { 3.0, 4 }, Name: name);

    [Fact]
    public void A_chart_draws_with_the_pages_own_plotly_and_loads_nothing_from_the_network()
    {
        var html = ChartHtml.Fragment(ChartFormatters.FigureJson(Chart()));
        Assert.Contains("if (!window.Plotly)", html);
        Assert.Contains("Plotly.newPlot(element", html);
        Assert.DoesNotContain("cdn.", html);
        Assert.DoesNotContain("require", html);
        Assert.Matches("<div id=\"clawdemy-figure-[0-9a-f]{8}-[0-9]+\" class=\"clawdemy-figure\"", html);
    }

    [Fact]
    public void The_pinned_plotly_version_is_the_one_package_json_installs()
    {
        var package = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("package.json")))!;
        Assert.Equal(PlotlyJs.Version, (string?)package["devDependencies"]![PlotlyJs.Package]);
        var lockFile = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("package-lock.json")))!;
        Assert.Equal(PlotlyJs.Version, (string?)lockFile["packages"]![$"node_modules/{PlotlyJs.Package}"]!["version"]);
    }

    [Fact]
    public void The_bundle_registers_exactly_the_trace_types_listed_beside_plotlys_core()
    {
        var entry = File.ReadAllText(RepoPaths.Combine("src", "Clawdemy.Notebooks.Handouts", "Assets", "Plotly", "index.js"));
        var registered = System.Text.RegularExpressions.Regex.Matches(entry, @"require\('plotly\.js/lib/([a-z0-9]+)'\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(PlotlyJs.Traces.Where(t => t != "scatter").Append("core").Order(StringComparer.Ordinal), registered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Script_closing_tags_inside_the_data_cannot_end_the_script()
    {
        var html = ChartHtml.Fragment(ChartFormatters.FigureJson(Chart("</script><b>x</b>")));
        Assert.DoesNotContain("</script><b>", html);
    }

    [Fact]
    public void A_charts_figure_holds_its_traces_layout_and_config_without_frames_and_its_text_is_one_line()
    {
        // The formatters themselves are registered process-wide, so the kernel tests check them, in a kernel of their own.
        var chart = Plotly.NET.Chart.withTitle("mine", null).Invoke(Chart());
        var json = JsonNode.Parse(ChartFormatters.FigureJson(chart))!;
        Assert.Single(json["data"]!.AsArray());
        Assert.Equal(true, (bool?)json["config"]!["responsive"]);
        Assert.Null(json["frames"]);
        Assert.Equal("Chart: mine (1 traces)", ChartFormatters.Describe(chart));
    }
}
