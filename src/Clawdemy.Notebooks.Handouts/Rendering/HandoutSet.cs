using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Engine.Documents;
using Clawdemy.Notebooks.Handouts.Assets;
using Clawdemy.Notebooks.Handouts.Math;

namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// Renders the handouts of one export: a page per executed notebook and an index. Markdown goes through Markdig, math
/// is typeset by one KaTeX run for all pages, code is highlighted by Roslyn's lexer, outputs keep their richest MIME
/// type, and plotly.js is inlined once in each page that has a chart. Pages forbid every network request.
/// </summary>
public sealed partial class HandoutSet(HandoutOptions options)
{
    /// <summary>What the pages allow: inline scripts and styles, data: fonts and images, nothing from any network.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

    private static readonly string[] MimePreference = ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    private readonly MarkdownToHtml _markdown = new();
    private readonly List<Draft> _drafts = [];

    /// <summary>Adds an executed notebook; its page is written by <see cref="Finish"/>.</summary>
    public void Add(NotebookDocument executed)
    {
        var body = new StringBuilder();
        var hasFigure = false;
        foreach (var cell in executed.Cells)
        {
            var tags = cell.Tags;
            if (tags.Contains(CellTags.RemoveCell)) continue;
            if (cell.CellType == "markdown")
            {
                body.Append("<section class=\"cell markdown\">").Append(_markdown.Render(cell.Source)).Append("</section>\n");
                continue;
            }

            if (cell.CellType != "code") continue;
            body.Append("<section class=\"cell code\" id=\"cell-").Append(cell.Number).Append("\">");
            if (!tags.Contains(CellTags.RemoveInput))
            {
                // One numbering everywhere: the label is the cell's number as the CLI's messages count it (every cell, from 1).
                var source = new StringBuilder("<div class=\"source\" data-label=\"cell ").Append(cell.Number).Append("\"><pre><code class=\"language-csharp\">")
                    .Append(options.Highlight ? CSharpHighlighter.ToHtml(cell.Source) : HtmlText.Escape(cell.Source)).Append("</code></pre></div>");
                body.Append(tags.Contains(CellTags.HideInput) ? $"<details class=\"hidden-input\"><summary>Show code (cell {cell.Number})</summary>{source}</details>" : source.ToString());
            }

            if (cell.Outputs.Count > 0 && !tags.Contains(CellTags.RemoveOutput))
            {
                body.Append("<div class=\"outputs\">");
                foreach (var output in cell.Outputs) body.Append(Output(output, ref hasFigure));
                body.Append("</div>");
            }

            if (options.Solutions && SolutionOf(cell.Source) is { } solution) body.Append(solution);
            body.Append("</section>\n");
        }

        var summary = SummaryOf(executed);
        _drafts.Add(new Draft(
            Path.GetFileNameWithoutExtension(executed.Path) + ".html",
            executed.Title,
            body.ToString(),
            summary is null ? "" : _markdown.Render(summary),
            hasFigure));
    }

    /// <summary>Typesets all math once and assembles every page and the index.</summary>
    /// <exception cref="InvalidOperationException">When the math cannot be typeset (Node.js or KaTeX missing).</exception>
    public (IReadOnlyList<Handout> Pages, Handout Index) Finish(FrontEndAssets assets, MathTypesetter typesetter)
    {
        var typeset = typesetter.Render(_markdown.Math);
        var css = ReadResource("handout.css");
        var katex = new KatexStyles(assets);
        var plotly = _drafts.Any(d => d.HasFigure) ? assets.ReadText(Clawdemy.Notebooks.Charts.PlotlyJs.Package, Clawdemy.Notebooks.Charts.PlotlyJs.BundleFile) : "";
        var pages = new List<Handout>();
        for (var i = 0; i < _drafts.Count; i++)
        {
            var draft = _drafts[i];
            var body = MarkdownToHtml.FillMath(draft.Body, typeset);
            var math = MathOf(body);
            var nav = Navigation(i);
            var html = Page(draft.Title, css + katex.For(math), draft.HasFigure ? plotly : null,
                $"{nav}\n{body}\n{nav.Replace("handout", "handout bottom")}");
            pages.Add(new Handout(draft.FileName, draft.Title, html));
        }

        var list = new StringBuilder("<ol class=\"lessons\" start=\"0\">\n");
        foreach (var draft in _drafts)
        {
            list.Append("<li><a class=\"title\" href=\"").Append(HtmlText.Escape(draft.FileName)).Append("\">").Append(HtmlText.Escape(draft.Title)).Append("</a>")
                .Append("<div class=\"summary\">").Append(MarkdownToHtml.FillMath(draft.SummaryHtml, typeset)).Append("</div></li>\n");
        }

        list.Append("</ol>");
        var indexBody = $"<h1>{HtmlText.Escape(options.CourseTitle)}{Edition}</h1>\n<p>The handouts of the course, in order. Each page works offline: the charts are live and the math is typeset.</p>\n{list}";
        var index = new Handout("index.html", options.CourseTitle, Page(options.CourseTitle, css + katex.For(MathOf(indexBody)), null, indexBody));
        return (pages, index);
    }

    private string Edition => options.Solutions ? " <span class=\"edition\">Teacher's edition, with worked answers</span>" : "";

    private string Navigation(int i)
    {
        var parts = new List<string> { $"<a href=\"index.html\">{HtmlText.Escape(options.CourseTitle)}</a>{Edition}" };
        if (i > 0) parts.Add($"<a href=\"{HtmlText.Escape(_drafts[i - 1].FileName)}\" rel=\"prev\">← {HtmlText.Escape(_drafts[i - 1].Title)}</a>");
        if (i < _drafts.Count - 1) parts.Add($"<a href=\"{HtmlText.Escape(_drafts[i + 1].FileName)}\" rel=\"next\">{HtmlText.Escape(_drafts[i + 1].Title)} →</a>");
        return $"<header class=\"handout\">{string.Join(" · ", parts)}</header>";
    }

    private static string Page(string title, string css, string? plotly, string body)
    {
        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
            .Append("<style>\n").Append(css).Append("\n</style>\n");
        if (plotly is not null) page.Append("<script>").Append(plotly).Append("</script>\n");
        return page.Append("</head>\n<body>\n<main>\n").Append(body).Append("\n</main>\n</body>\n</html>\n").ToString();
    }

    private static string Output(CellOutput output, ref bool hasFigure)
    {
        switch (output.OutputType)
        {
            case "stream":
                return $"<div class=\"output {(output.StreamName == "stderr" ? "stderr" : "stdout")}\"><pre>{HtmlText.Escape(output.Text)}</pre></div>";
            case "error":
                return $"<div class=\"output error\" role=\"alert\"><pre>{HtmlText.Escape(string.Join("\n", output.Traceback.DefaultIfEmpty(output.ErrorValue ?? "")))}</pre></div>";
        }

        var data = output.Data;
        var mime = MimePreference.FirstOrDefault(data.ContainsKey);
        switch (mime)
        {
            case "text/html":
                var html = data[mime];
                if (html.Contains("Plotly.newPlot", StringComparison.Ordinal)) hasFigure = true;
                return $"<div class=\"output html\">{html}</div>";
            case "image/svg+xml":
                return $"<div class=\"output image\">{data[mime]}</div>";
            case "image/png" or "image/jpeg":
                return $"<div class=\"output image\"><img alt=\"output\" src=\"data:{mime};base64,{data[mime].Trim()}\"></div>";
            case "text/markdown":
                return $"<div class=\"output html\">{Engine.Execution.MarkdownRenderer.ToHtml(data[mime])}</div>";
            case "text/plain":
                return $"<div class=\"output text\"><pre>{HtmlText.Escape(data[mime])}</pre></div>";
            default:
                return "";
        }
    }

    /// <summary>The worked answer of the exercise a cell checks (<c>Exercises.Name.Check(…)</c>), for the teacher's edition.</summary>
    private static string? SolutionOf(string source)
    {
        var name = ExerciseCheck().Match(source);
        if (!name.Success || !Clawdemy.Notebooks.Exercises.All.TryGetValue(name.Groups["name"].Value, out var exercise)) return null;
        return $"<aside class=\"solution\"><strong>Worked answer</strong> · {HtmlText.Escape(exercise.Title)}<p>{HtmlText.Escape(exercise.Solution)}</p></aside>";
    }

    private static string? SummaryOf(NotebookDocument document)
    {
        var cell = document.Cells.FirstOrDefault(c => c.CellType == "markdown" && c.Source.Contains("## Summary", StringComparison.Ordinal));
        if (cell is null) return null;
        var text = cell.Source[(cell.Source.IndexOf("## Summary", StringComparison.Ordinal) + "## Summary".Length)..];
        var next = text.IndexOf("\n#", StringComparison.Ordinal);
        return (next >= 0 ? text[..next] : text).Trim();
    }

    private static IEnumerable<string> MathOf(string html) => html.Contains("class=\"katex", StringComparison.Ordinal) ? [html] : [];

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }

    [GeneratedRegex(@"\bExercises\.(?<name>\w+)\.Check\(")]
    private static partial Regex ExerciseCheck();

    private sealed record Draft(string FileName, string Title, string Body, string SummaryHtml, bool HasFigure);
}
