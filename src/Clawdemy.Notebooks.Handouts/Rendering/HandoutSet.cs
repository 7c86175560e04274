using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Engine.Charts;
using Clawdemy.Notebooks.Handouts.Assets;
using Clawdemy.Notebooks.Handouts.Math;

namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// Renders the handouts of one export: a page per executed notebook and an index. Markdown goes through Markdig and,
/// unless trusted, DOMPurify; math is typeset by one KaTeX run for all pages; code is highlighted by Roslyn's lexer;
/// outputs keep their richest MIME type; plotly.js is inlined once in each page that has a chart. Each page's
/// Content-Security-Policy forbids every network request and allows only the scripts the page keeps on purpose.
/// </summary>
public sealed partial class HandoutSet(HandoutOptions options)
{
    /// <summary>The file name of the course index.</summary>
    public const string IndexFileName = "index.html";

    /// <summary>The richest kind first; Markdown before the HTML rendered from it, so that it is sanitised.</summary>
    private static readonly string[] MimePreference = ["text/markdown", "text/html", "image/svg+xml", "image/png", "image/jpeg", "text/plain"];

    private readonly MarkdownToHtml _markdown = new();
    private readonly Placeholders _fragments = new("markdown");
    private readonly List<string> _markdownHtml = [];
    private readonly List<Draft> _drafts = [];

    /// <summary>The handout's file name for a notebook: its file name with .html.</summary>
    public static string FileNameOf(NotebookDocument document) => Path.GetFileNameWithoutExtension(document.Path) + ".html";

    /// <summary>
    /// Refuses notebooks whose handouts would overwrite one another: two with the same file name (in two folders, or
    /// differing only in case) or one named index, whose page would be the course index.
    /// </summary>
    /// <exception cref="InvalidOperationException">One line naming the notebooks and the handout they would share.</exception>
    public static void CheckFileNames(IEnumerable<NotebookDocument> notebooks)
    {
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var notebook in notebooks)
        {
            var name = FileNameOf(notebook);
            if (string.Equals(name, IndexFileName, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{notebook.Path}: its handout would be {name}, which is the course index; rename the notebook");
            }

            if (taken.TryGetValue(name, out var first))
            {
                throw new InvalidOperationException($"{first} and {notebook.Path} would both become the handout {name}; rename one or export them separately");
            }

            taken[name] = notebook.Path;
        }
    }

    /// <summary>Adds an executed notebook; its page is written by <see cref="Finish"/>.</summary>
    public void Add(NotebookDocument executed)
    {
        var body = new StringBuilder();
        var page = new PageScripts();
        foreach (var cell in executed.Cells)
        {
            var tags = cell.Tags;
            if (tags.Contains(CellTags.RemoveCell)) continue;
            if (cell.CellType == "markdown")
            {
                body.Append("<section class=\"cell markdown\">").Append(Markdown(cell.Source)).Append("</section>\n");
                continue;
            }

            if (cell.CellType != "code") continue;
            body.Append("<section class=\"cell code\" id=\"cell-").Append(cell.Number).Append("\">");
            if (!tags.Contains(CellTags.RemoveInput))
            {
                // One numbering everywhere: the label is the cell's number as the CLI's messages count it (every cell, from 1).
                var source = new StringBuilder("<div class=\"source\" data-label=\"cell ").Append(cell.Number).Append("\"><pre><code class=\"language-csharp\">")
                    .Append(options.Highlight ? CSharpHighlighter.ToHtml(cell.Source) : Html.Escape(cell.Source)).Append("</code></pre></div>");
                body.Append(tags.Contains(CellTags.HideInput) ? $"<details class=\"hidden-input\"><summary>Show code (cell {cell.Number})</summary>{source}</details>" : source.ToString());
            }

            if (cell.Outputs.Count > 0 && !tags.Contains(CellTags.RemoveOutput))
            {
                body.Append("<div class=\"outputs\">");
                foreach (var output in cell.Outputs) body.Append(Output(output, page));
                body.Append("</div>");
            }

            if (options.Solutions && SolutionOf(cell.Source) is { } solution) body.Append(solution);
            body.Append("</section>\n");
        }

        var summary = SummaryOf(executed);
        _drafts.Add(new Draft(FileNameOf(executed), executed.Title, body.ToString(), summary is null ? "" : Markdown(summary), page));
    }

    /// <summary>Sanitises all Markdown (unless trusted) and typesets all math once, then assembles every page and the index.</summary>
    /// <exception cref="InvalidOperationException">When the Markdown cannot be sanitised or the math typeset (Node.js or a package missing).</exception>
    public (IReadOnlyList<Handout> Pages, Handout Index) Finish(FrontEndAssets assets, MathTypesetter typesetter)
    {
        var markdown = options.TrustMarkdown ? _markdownHtml : new MarkdownSanitizer(assets).Sanitize(_markdownHtml);
        var typeset = typesetter.Render(_markdown.Math);
        string Fill(string html) => _markdown.FillMath(_fragments.Fill(html, markdown), typeset);

        var css = ReadResource("handout.css");
        var katex = new KatexStyles(assets);
        // plotly.js goes in deflated, inside a script that inflates it and runs it as an inline script: both are allowed
        // by hash, the inflating script by its own and plotly.js by the hash of its text.
        var plotly = _drafts.Any(d => d.Scripts.HasFigure) ? assets.ReadText(PlotlyBundle.Folder, PlotlyBundle.InlineFile) : "";
        string[] plotlyHashes = plotly.Length == 0 ? [] :
            [.. ContentSecurityPolicy.ScriptHashesOf($"<script>{plotly}</script>"), ContentSecurityPolicy.HashOf(assets.ReadText(PlotlyBundle.Folder, PlotlyBundle.File))];
        var pages = new List<Handout>();
        for (var i = 0; i < _drafts.Count; i++)
        {
            var draft = _drafts[i];
            var body = Fill(draft.Body);
            var math = MathOf(body);
            var nav = Navigation(i);
            // Trusted Markdown is the author's own: its scripts run too. Untrusted Markdown has none left to allow.
            var hashes = draft.Scripts.Hashes.Concat(draft.Scripts.HasFigure ? plotlyHashes : [])
                .Concat(options.TrustMarkdown ? ContentSecurityPolicy.ScriptHashesOf(body) : []);
            var html = Page(draft.Title, css + katex.For(math), draft.Scripts.HasFigure ? plotly : null, hashes,
                $"{nav}\n{body}\n{nav.Replace("handout", "handout bottom")}");
            pages.Add(new Handout(draft.FileName, draft.Title, html));
        }

        var list = new StringBuilder("<ol class=\"lessons\" start=\"0\">\n");
        foreach (var draft in _drafts)
        {
            list.Append("<li><a class=\"title\" href=\"").Append(Html.Escape(draft.FileName)).Append("\">").Append(Html.Escape(draft.Title)).Append("</a>")
                .Append("<div class=\"summary\">").Append(Fill(draft.SummaryHtml)).Append("</div></li>\n");
        }

        list.Append("</ol>");
        var indexBody = $"<h1>{Html.Escape(options.CourseTitle)}{Edition}</h1>\n<p>The handouts of the course, in order. Each page works offline: the charts are live and the math is typeset.</p>\n{list}";
        var indexHashes = options.TrustMarkdown ? ContentSecurityPolicy.ScriptHashesOf(indexBody) : [];
        var index = new Handout(IndexFileName, options.CourseTitle, Page(options.CourseTitle, css + katex.For(MathOf(indexBody)), null, indexHashes, indexBody));
        return (pages, index);
    }

    private string Edition => options.Solutions ? " <span class=\"edition\">Teacher's edition, with worked answers</span>" : "";

    private string Navigation(int i)
    {
        var parts = new List<string> { $"<a href=\"{IndexFileName}\">{Html.Escape(options.CourseTitle)}</a>{Edition}" };
        if (i > 0) parts.Add($"<a href=\"{Html.Escape(_drafts[i - 1].FileName)}\" rel=\"prev\">← {Html.Escape(_drafts[i - 1].Title)}</a>");
        if (i < _drafts.Count - 1) parts.Add($"<a href=\"{Html.Escape(_drafts[i + 1].FileName)}\" rel=\"next\">{Html.Escape(_drafts[i + 1].Title)} →</a>");
        return $"<header class=\"handout\">{string.Join(" · ", parts)}</header>";
    }

    private static string Page(string title, string css, string? plotly, IEnumerable<string> scriptHashes, string body)
    {
        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy.For(scriptHashes)).Append("\">\n")
            .Append("<meta http-equiv=\"x-dns-prefetch-control\" content=\"off\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(title)).Append("</title>\n")
            .Append("<style>\n").Append(css).Append("\n</style>\n");
        if (plotly is not null) page.Append("<script>").Append(plotly).Append("</script>\n");
        return page.Append("</head>\n<body>\n<main>\n").Append(body).Append("\n</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Renders Markdown now and leaves a placeholder for its HTML, which <see cref="Finish"/> sanitises with all the others.</summary>
    private string Markdown(string source)
    {
        _markdownHtml.Add(_markdown.Render(source));
        return _fragments.For(_markdownHtml.Count - 1);
    }

    private string Output(CellOutput output, PageScripts page)
    {
        switch (output.OutputType)
        {
            case "stream":
                return $"<div class=\"output {(output.StreamName == "stderr" ? "stderr" : "stdout")}\"><pre>{Html.Escape(output.Text)}</pre></div>";
            case "error":
                return $"<div class=\"output error\" role=\"alert\"><pre>{Html.Escape(string.Join("\n", output.Traceback.DefaultIfEmpty(output.ErrorValue ?? "")))}</pre></div>";
        }

        var data = output.Data;
        if (PlotlyBundle.IsChart(data)) page.HasFigure = true;
        // A chart is drawn from its figure, with the page's plotly.js, whatever HTML its kernel sent beside it (Plotly.NET.Interactive's loads plotly.js from a CDN).
        if (data.TryGetValue(ChartFormatters.PlotlyMimeType, out var figure))
        {
            var chart = ChartHtml.Fragment(figure);
            page.Hashes.AddRange(ContentSecurityPolicy.ScriptHashesOf(chart));
            return $"<div class=\"output html\">{chart}</div>";
        }

        var mime = MimePreference.FirstOrDefault(data.ContainsKey);
        switch (mime)
        {
            case "text/html":
                // Made by the code this export ran: trusted as Jupyter trusts it, its scripts allowed by hash.
                var html = data[mime];
                page.Hashes.AddRange(ContentSecurityPolicy.ScriptHashesOf(html));
                return $"<div class=\"output html\">{html}</div>";
            case "image/svg+xml":
                page.Hashes.AddRange(ContentSecurityPolicy.ScriptHashesOf(data[mime]));
                return $"<div class=\"output image\">{data[mime]}</div>";
            case "image/png" or "image/jpeg":
                return $"<div class=\"output image\"><img alt=\"output\" src=\"data:{mime};base64,{data[mime].Trim()}\"></div>";
            case "text/markdown":
                return $"<div class=\"output html\">{Markdown(data[mime])}</div>";
            case "text/plain":
                return $"<div class=\"output text\"><pre>{Html.Escape(data[mime])}</pre></div>";
            default:
                return "";
        }
    }

    /// <summary>The worked answer of the exercise a cell checks (<c>Exercises.Name.Check(…)</c>), for the teacher's edition.</summary>
    private static string? SolutionOf(string source)
    {
        var name = ExerciseCheck().Match(source);
        if (!name.Success || !Clawdemy.Notebooks.Exercises.All.TryGetValue(name.Groups["name"].Value, out var exercise)) return null;
        return $"<aside class=\"solution\"><strong>Worked answer</strong> · {Html.Escape(exercise.Title)}<p>{Html.Escape(exercise.Solution)}</p></aside>";
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

    private sealed record Draft(string FileName, string Title, string Body, string SummaryHtml, PageScripts Scripts);

    /// <summary>The scripts a page keeps on purpose: plotly.js when it has a chart, and its outputs' own scripts.</summary>
    private sealed class PageScripts
    {
        public bool HasFigure { get; set; }

        public List<string> Hashes { get; } = [];
    }
}
