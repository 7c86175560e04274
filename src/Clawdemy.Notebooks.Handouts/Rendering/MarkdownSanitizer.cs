using Clawdemy.Notebooks.Handouts.Assets;

namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// Sanitises the HTML rendered from untrusted Markdown (cells and text/markdown outputs) with npm's DOMPurify on jsdom,
/// in one Node.js process kept for this process's exports: scripts, event handlers, <c>javascript:</c> and
/// <c>data:</c> links, <c>&lt;meta&gt;</c>, <c>&lt;base&gt;</c>, <c>&lt;link&gt;</c>, <c>&lt;style&gt;</c>, forms, frames
/// and every resource that would be fetched go; headings, tables, lists, code, embedded (data:) images, math and links
/// stay.
/// </summary>
public sealed class MarkdownSanitizer(FrontEndAssets assets)
{
    /// <summary>Sanitises every fragment, in order.</summary>
    /// <exception cref="InvalidOperationException">When Node.js, DOMPurify or jsdom is missing; the message says which.</exception>
    public IReadOnlyList<string> Sanitize(IReadOnlyList<string> fragments)
    {
        if (fragments.Count == 0) return [];
        assets.File("dompurify", "package.json");
        assets.File("jsdom", "package.json");
        return NodeScript.Run<string[]>("sanitize-markdown.js", [assets.NodeModules], fragments, "sanitise the handouts' Markdown with DOMPurify");
    }
}
