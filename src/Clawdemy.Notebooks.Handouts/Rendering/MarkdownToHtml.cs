using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Handouts.Math;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// Markdown to HTML with Markdig (tables, emphasis, links, code, images, math). Math is not rendered here: each
/// <c>$…$</c> and <c>$$…$$</c> leaves a placeholder and is collected, so that one KaTeX run typesets a whole export.
/// The placeholders are text that no notebook can forge and that survives sanitising, so math is filled in afterwards.
/// </summary>
public sealed class MarkdownToHtml
{
    private static MarkdownPipeline Pipeline => NotebookMarkdown.Pipeline;

    /// <summary>The math collected so far, in placeholder order.</summary>
    public List<MathExpression> Math { get; } = [];

    private readonly Placeholders _placeholders = new("math");

    /// <summary>Renders Markdown; math becomes placeholders to be replaced by <see cref="FillMath"/>.</summary>
    public string Render(string markdown)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.RemoveAll(r => r is HtmlMathInlineRenderer or HtmlMathBlockRenderer);
        renderer.ObjectRenderers.Insert(0, new InlineMath(this));
        renderer.ObjectRenderers.Insert(0, new BlockMath(this));
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Replaces the placeholders in <paramref name="html"/> with the typeset math.</summary>
    public string FillMath(string html, IReadOnlyList<string> typeset) => _placeholders.Fill(html, typeset);

    private string Add(string tex, bool display)
    {
        Math.Add(new MathExpression(tex, display));
        return _placeholders.For(Math.Count - 1);
    }

    private sealed class InlineMath(MarkdownToHtml owner) : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math) =>
            renderer.Write(owner.Add(math.Content.ToString(), display: false));
    }

    private sealed class BlockMath(MarkdownToHtml owner) : HtmlObjectRenderer<MathBlock>
    {
        protected override void Write(HtmlRenderer renderer, MathBlock math)
        {
            var tex = string.Join("\n", math.Lines.Lines.Take(math.Lines.Count).Select(l => l.Slice.ToString()));
            renderer.Write("<div class=\"math-display\">").Write(owner.Add(tex, display: true)).Write("</div>");
        }
    }
}
