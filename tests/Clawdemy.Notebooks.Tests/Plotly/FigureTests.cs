using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Tests.Plotly;

public class FigureTests
{
    [Fact]
    public void The_html_draws_with_window_plotly_when_the_page_has_it_and_else_loads_the_pinned_cdn_bundle_through_require()
    {
        var html = Plots.ActivationCurves().ToHtmlFragment();
        Assert.Contains("if (window.Plotly) { draw(window.Plotly); return; }", html);
        Assert.Contains($"https://cdn.plot.ly/plotly-cartesian-{PlotlyJs.Version}.min", html);
        Assert.Contains("requirejs.config", html);
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
    public void The_bundle_holds_exactly_the_trace_types_the_figure_model_draws()
    {
        var drawn = typeof(Trace).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Trace)) && !t.IsAbstract)
            .Select(t => ((Trace)Activator.CreateInstance(t)!).Type).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(drawn, PlotlyJs.Traces.Order(StringComparer.Ordinal));

        // The bundle's entry registers every type but scatter, which plotly.js's core holds, and no other.
        var entry = File.ReadAllText(RepoPaths.Combine("src", "Clawdemy.Notebooks.Handouts", "Assets", "Plotly", "index.js"));
        var registered = System.Text.RegularExpressions.Regex.Matches(entry, @"require\('plotly\.js/lib/([a-z0-9]+)'\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(PlotlyJs.Traces.Where(t => t != "scatter").Append("core").Order(StringComparer.Ordinal), registered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_standalone_page_inlines_plotly_when_given_it()
    {
        var page = Plots.ActivationCurves().ToHtml(plotlyScript: "/* plotly */");
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<script type=\"text/javascript\">/* plotly */</script>", page);
        Assert.Contains("<title>5 activation functions compared</title>", page);
    }

    [Fact]
    public void Script_closing_tags_inside_the_data_cannot_end_the_script()
    {
        var html = Plots.Line([1], [1], "</script><b>x</b>").ToHtmlFragment();
        Assert.DoesNotContain("</script><b>", html);
    }

    [Fact]
    public void Figures_render_as_html_and_as_plotly_json_through_the_polyglot_formatter_convention()
    {
        var attribute = typeof(Figure).GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var preferred = (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
        var formatters = ((IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(Activator.CreateInstance(sourceType), null)!).ToArray();
        string Format(string mime)
        {
            var formatter = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mime);
            var writer = new StringWriter();
            Assert.True((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [Plots.ActivationCurves(), writer])!);
            return writer.ToString();
        }

        Assert.Equal(["text/html", "application/vnd.plotly.v1+json"], preferred);
        Assert.Contains("Plotly.newPlot", Format("text/html"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(Format("application/vnd.plotly.v1+json"))!;
        Assert.Equal(Plots.ActivationCurves().Data.Count, json["data"]!.AsArray().Count);
        Assert.NotNull(json["layout"]);
    }
}
