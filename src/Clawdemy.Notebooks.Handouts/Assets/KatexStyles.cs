using System.Text.RegularExpressions;

namespace Clawdemy.Notebooks.Handouts.Assets;

/// <summary>
/// KaTeX's stylesheet with its fonts inlined as data URIs, keeping only the WOFF2 faces that a page's math uses
/// (a face whose class never appears costs bytes and is never drawn). One instance serves a whole export, so the
/// stylesheet and each font are read once.
/// </summary>
public sealed partial class KatexStyles(FrontEndAssets assets)
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

    private readonly Lazy<string> _css = new(() => assets.ReadText("katex", "dist", "katex.min.css"));
    private readonly Dictionary<string, string> _fonts = [];

    /// <summary>The stylesheet for math rendered as <paramref name="mathHtml"/>; empty when there is no math.</summary>
    public string For(IEnumerable<string> mathHtml)
    {
        var html = string.Join("\n", mathHtml);
        if (html.Length == 0) return "";
        var used = FontTriggers.Where(t => t.Classes.Any(c => Regex.IsMatch(html, $"class=\"[^\"]*\\b{Regex.Escape(c)}\\b"))).Select(t => t.Font).ToHashSet();
        return FontFace().Replace(_css.Value, face =>
        {
            var file = WoffFile().Match(face.Value);
            if (!file.Success || !used.Contains(file.Groups["name"].Value)) return "";
            return SrcList().Replace(face.Value, $"src:url(data:font/woff2;base64,{Font(file.Groups["name"].Value)}) format(\"woff2\")");
        });
    }

    private string Font(string name)
    {
        if (!_fonts.TryGetValue(name, out var base64))
        {
            base64 = Convert.ToBase64String(File.ReadAllBytes(assets.File("katex", "dist", "fonts", name + ".woff2")));
            _fonts[name] = base64;
        }

        return base64;
    }

    [GeneratedRegex(@"@font-face\{[^}]*\}")]
    private static partial Regex FontFace();

    [GeneratedRegex(@"fonts/(?<name>KaTeX_[A-Za-z0-9-]+)\.woff2")]
    private static partial Regex WoffFile();

    [GeneratedRegex(@"src:[^;}]*")]
    private static partial Regex SrcList();
}
