using Markdig;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>Markdown to HTML with Markdig (tables, emphasis, links, code, math spans kept for a math typesetter).</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Renders Markdown to an HTML fragment.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
