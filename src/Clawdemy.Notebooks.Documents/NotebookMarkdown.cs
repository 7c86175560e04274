using Markdig;

namespace Clawdemy.Notebooks.Documents;

/// <summary>Markdown to HTML with Markdig (tables, emphasis, links, code, math spans kept for a math typesetter).</summary>
public static class NotebookMarkdown
{
    /// <summary>The one Markdown configuration of the project: notebook outputs and handouts render alike.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Renders Markdown to an HTML fragment.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
