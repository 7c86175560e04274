using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Engine.Charts;
using Clawdemy.Notebooks.Handouts.Assets;
using Clawdemy.Notebooks.Handouts.Rendering;

namespace Clawdemy.Notebooks.Handouts.Tests.Rendering;

public class HandoutSetTests
{
    private static string SmallPage(bool highlight = true) =>
        Fixtures.Render(new HandoutOptions(Highlight: highlight), Fixtures.Load("Rendering", "small.ipynb")).Pages.Single().Html;

    private static string MainOf(string html) => Regex.Match(html, "<main>.*</main>", RegexOptions.Singleline).Value;

    [Fact]
    public void The_body_of_a_small_handout_matches_the_approved_html()
    {
        Golden.Verify(MainOf(SmallPage()) + "\n", "html");
    }

    [Fact]
    public void A_page_forbids_every_network_request_and_loads_nothing_from_outside()
    {
        var html = SmallPage();
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy.For([])}\">", html);
        Assert.Contains("default-src 'none'; script-src 'none';", html);
        Assert.Contains("<meta http-equiv=\"x-dns-prefetch-control\" content=\"off\">", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", Regex.Replace(html, "<a [^>]*>", ""));
        Assert.DoesNotContain("url(http", html);
        Assert.DoesNotContain("url(fonts/", html);
    }

    [Fact]
    public void Math_is_typeset_with_katex_and_its_fonts_are_inlined()
    {
        var html = SmallPage();
        Assert.Equal(3, Regex.Matches(html, "<span class=\"katex\">").Count); // inline z, display sigma, summary x (index only)
        Assert.Contains("katex-display", html);
        Assert.DoesNotContain("clawdemy-math:", html);
        Assert.Contains("src:url(data:font/woff2;base64,", html);
    }

    [Fact]
    public void Outputs_keep_their_kind_text_escaped_html_as_is_errors_styled()
    {
        var html = MainOf(SmallPage());
        Assert.Contains("<div class=\"output text\"><pre>&lt;b&gt;not bold&lt;/b&gt;</pre></div>", html);
        Assert.Contains("<div class=\"output html\"><em>raw html</em></div>", html);
        Assert.Contains("<div class=\"output error\" role=\"alert\"><pre>(1,1): error CS0103:", html);
        Assert.Contains("<div class=\"output stderr\"><pre>careful", html);
    }

    [Fact]
    public void Code_is_highlighted_or_plain_by_option()
    {
        Assert.Contains("<span class=\"tok-keyword\">var</span>", SmallPage());
        var plain = MainOf(SmallPage(highlight: false));
        Assert.DoesNotContain("tok-", plain);
        Assert.Contains("var z = 0.19;", plain);
    }

    [Fact]
    public void A_page_without_charts_does_not_carry_plotly_and_a_page_with_charts_carries_it_once()
    {
        var plotly = FrontEndAssets.Locate().ReadText(PlotlyBundle.Folder, PlotlyBundle.InlineFile);
        Assert.DoesNotContain("plotly.js", SmallPage());
        var html = PageWithOutput(new Dictionary<string, string> { ["text/html"] = $"<div id=\"f\" class=\"{ChartHtml.HtmlClass}\"></div><script>Plotly.newPlot('f', [], {{}});</script>" });
        Assert.Single(Regex.Matches(html, Regex.Escape("plotly.js v" + PlotlyJs.Version)));
        var at = html.IndexOf(plotly, StringComparison.Ordinal);
        Assert.True(at >= 0 && html.IndexOf(plotly, at + 1, StringComparison.Ordinal) < 0, "the deflated bundle is inlined once");
        Assert.True(at < html.IndexOf("Plotly.newPlot('f'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plotly_figure_in_the_output_bundle_brings_plotly_and_a_mere_mention_of_plotly_does_not()
    {
        var figure = PageWithOutput(new Dictionary<string, string> { [ChartFormatters.PlotlyMimeType] = "{\"data\":[],\"layout\":{}}", ["text/plain"] = "a figure" });
        Assert.Contains("plotly.js v" + PlotlyJs.Version, figure);
        var mention = PageWithOutput(new Dictionary<string, string> { ["text/html"] = "<p>Plotly.newPlot draws a chart.</p>" });
        Assert.DoesNotContain("plotly.js v", mention);
    }

    [Fact]
    public void The_handouts_know_a_chart_by_the_class_the_library_draws_it_into()
    {
        Assert.Equal(RepoPaths.PlotlyBundle, RepoPaths.Combine("node_modules", PlotlyBundle.Folder, PlotlyBundle.File));
        Assert.True(PlotlyBundle.IsChart(new Dictionary<string, string> { ["text/html"] = ChartHtml.Fragment(ChartFormatters.FigureJson(Plots.ActivationCurves())) }));
    }

    private static string PageWithOutput(Dictionary<string, string> data)
    {
        var small = Fixtures.Load("Rendering", "small.ipynb");
        var document = small.WithCells(small.Cells.Select(c => c.Number == 5 ? c.WithOutputs([CellOutput.Display(data)], 4) : c));
        return Fixtures.Render(new HandoutOptions(), document).Pages.Single().Html;
    }

    [Fact]
    public void The_index_lists_the_lessons_in_order_with_titles_and_summaries()
    {
        var (_, index) = Fixtures.Render(new HandoutOptions(), Fixtures.Load("Export", "passing.ipynb"), Fixtures.Load("Rendering", "small.ipynb"));
        var html = index.Html;
        Assert.True(html.IndexOf("href=\"passing.html\">Passing</a>", StringComparison.Ordinal) < html.IndexOf("href=\"small.html\">A small handout</a>", StringComparison.Ordinal));
        Assert.Contains("One bullet with", html);
    }

    [Fact]
    public void Rendering_twice_gives_byte_identical_pages()
    {
        Assert.Equal(SmallPage(), SmallPage());
    }

    private static string TaggedPage(bool solutions = false) =>
        MainOf(Fixtures.Render(new HandoutOptions(Solutions: solutions), Fixtures.Load("Rendering", "tagged.ipynb")).Pages.Single().Html);

    [Fact]
    public void A_cell_tagged_remove_cell_is_left_out_code_and_markdown_alike()
    {
        var html = TaggedPage();
        Assert.DoesNotContain("setup", html);
        Assert.DoesNotContain("A removed markdown cell", html);
        Assert.DoesNotContain("id=\"cell-1\"", html);
    }

    [Fact]
    public void A_cell_tagged_remove_input_shows_its_outputs_without_its_code()
    {
        var html = TaggedPage();
        Assert.DoesNotContain("hiddenSource", html);
        Assert.Contains("output without its code", html);
    }

    [Fact]
    public void A_cell_tagged_remove_output_shows_its_code_without_its_outputs()
    {
        var html = TaggedPage();
        Assert.Contains("shownSource", html);
        Assert.DoesNotContain("output that is removed", html);
    }

    [Fact]
    public void A_cell_tagged_hide_input_folds_its_code_and_shows_its_outputs()
    {
        var html = TaggedPage();
        Assert.Matches("<details class=\"hidden-input\"><summary>Show code \\(cell 5\\)</summary><div class=\"source\"[^>]*><pre><code[^>]*>.*foldedSource", html);
        Assert.Contains("output under folded code", html);
    }

    [Fact]
    public void Each_code_cell_is_labelled_by_the_number_the_cli_gives_it_not_its_execution_count()
    {
        var html = TaggedPage();
        // The CLI counts every cell from 1: the check cell is the sixth cell, though it ran fifth.
        Assert.Contains("<section class=\"cell code\" id=\"cell-6\"><div class=\"source\" data-label=\"cell 6\">", html);
        Assert.Equal("notebooks/tagged.ipynb cell 6: boom", new CellFailure(6, ["boom"]).Lines("notebooks/tagged.ipynb").Single());
        Assert.DoesNotContain("data-label=\"[", html);
    }

    [Fact]
    public void The_teachers_edition_follows_each_exercise_with_its_worked_answer_and_the_learners_edition_never_does()
    {
        var teacher = TaggedPage(solutions: true);
        var solution = Clawdemy.Notebooks.Exercises.WeightedSum.Solution;
        Assert.Contains("<aside class=\"solution\"><strong>Worked answer</strong>", teacher);
        Assert.Contains(Html.Escape(solution), teacher);
        Assert.Contains("Teacher's edition", Fixtures.Render(new HandoutOptions(Solutions: true), Fixtures.Load("Rendering", "tagged.ipynb")).Pages.Single().Html);
        var learner = TaggedPage();
        Assert.DoesNotContain("Worked answer", learner);
        Assert.DoesNotContain(Html.Escape(solution), learner);
    }

    [Fact]
    public void The_teachers_edition_of_notebook_07_follows_each_of_its_exercises_with_its_worked_answer()
    {
        var notebook = NotebookDocument.Load(RepoPaths.Combine("notebooks", "07_behaviour_in_parameters.ipynb"));
        var checks = notebook.Cells.Select(c => Regex.Match(c.Source, @"Exercises\.(\w+)\.Check\(")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();
        var teacher = Fixtures.Render(new HandoutOptions(Solutions: true), notebook).Pages.Single().Html;

        Assert.Contains(nameof(Clawdemy.Notebooks.Exercises.SwapTheLayerBack), checks);
        Assert.Contains(nameof(Clawdemy.Notebooks.Exercises.ExchangeTwoOutputNeurons), checks);
        Assert.All(checks, name => Assert.Contains(Html.Escape(Clawdemy.Notebooks.Exercises.All[name].Solution), teacher));
    }
}
