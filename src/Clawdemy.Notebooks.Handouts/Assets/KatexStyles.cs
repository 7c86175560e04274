using System.Text.RegularExpressions;

namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// KaTeX's stylesheet with its fonts inlined as data URIs, keeping only the WOFF2 faces that the page's math uses
/// (a face whose class never appears costs bytes and is never drawn).
/// </summary>
public static partial class KatexStyles
{
    /// <summary>Which classes of KaTeX's output call for which font file.</summary>
    private static readonly (string Font, string[] Classes)[] FontTriggers =
    [
        ("KaTeX_Main-Regular", ["katex"]),
        ("KaTeX_Math-Italic", ["mathnormal"]),
        ("KaTeX_Main-Italic", ["mathit", "textit"]),
        ("KaTeX_Main-Bold", ["mathbf", "textbf", "boldsymbol"]),
        ("KaTeX_Main-BoldItalic", ["boldsymbol"]),
        ("KaTeX_Math-BoldItalic", ["boldsymbol"]),
        ("KaTeX_AMS-Regular", ["amsrm", "mathbb", "textbb"]),
        ("KaTeX_Size1-Regular", ["size1", "small-op"]),
        ("KaTeX_Size2-Regular", ["size2", "large-op"]),
        ("KaTeX_Size3-Regular", ["size3"]),
        ("KaTeX_Size4-Regular", ["size4"]),
        ("KaTeX_Caligraphic-Regular", ["mathcal"]),
        ("KaTeX_Fraktur-Regular", ["mathfrak"]),
        ("KaTeX_SansSerif-Regular", ["mathsf", "textsf"]),
        ("KaTeX_Typewriter-Regular", ["mathtt", "texttt"]),
        ("KaTeX_Script-Regular", ["mathscr"]),
    ];

    /// <summary>The stylesheet for math rendered as <paramref name="mathHtml"/>; empty when there is no math.</summary>
    public static string For(FrontEndAssets assets, IEnumerable<string> mathHtml)
    {
        var html = string.Join("\n", mathHtml);
        if (html.Length == 0) return "";
        var used = FontTriggers.Where(t => t.Classes.Any(c => Regex.IsMatch(html, $"class=\"[^\"]*\\b{Regex.Escape(c)}\\b"))).Select(t => t.Font).ToHashSet();
        var css = assets.ReadText("katex", "dist", "katex.min.css");
        return FontFace().Replace(css, face =>
        {
            var file = WoffFile().Match(face.Value);
            if (!file.Success || !used.Contains(file.Groups["name"].Value)) return "";
            var bytes = File.ReadAllBytes(assets.File("katex", "dist", "fonts", file.Groups["name"].Value + ".woff2"));
            var src = $"src:url(data:font/woff2;base64,{Convert.ToBase64String(bytes)}) format(\"woff2\")";
            return SrcList().Replace(face.Value, src);
        });
    }

    [GeneratedRegex(@"@font-face\{[^}]*\}")]
    private static partial Regex FontFace();

    [GeneratedRegex(@"fonts/(?<name>KaTeX_[A-Za-z0-9-]+)\.woff2")]
    private static partial Regex WoffFile();

    [GeneratedRegex(@"src:[^;}]*")]
    private static partial Regex SrcList();
}
