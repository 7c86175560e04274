using Clawdemy.Notebooks.Handouts.Assets;

namespace Clawdemy.Notebooks.Handouts.Math;

/// <summary>
/// Typesets TeX to HTML with KaTeX from npm, at export time, in one Node.js process kept for this process's exports:
/// the handouts then need no script for their math, only KaTeX's stylesheet and fonts.
/// </summary>
public sealed class MathTypesetter(FrontEndAssets assets)
{
    /// <summary>Renders every expression, in order.</summary>
    /// <exception cref="InvalidOperationException">When Node.js is missing or KaTeX fails; the message says which.</exception>
    public IReadOnlyList<string> Render(IReadOnlyList<MathExpression> expressions)
    {
        if (expressions.Count == 0) return [];
        var katex = Path.GetDirectoryName(assets.File("katex", "package.json"))!;
        return NodeScript.Run<string[]>("render-math.js", [katex],
            expressions.Select(e => new { tex = e.Tex, display = e.Display }),
            "typeset the handouts' math with KaTeX");
    }
}
