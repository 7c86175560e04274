using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;

namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// The handouts' Content-Security-Policy: nothing from any network, no plugin, no frame, no form target, no base URL,
/// and scripts only by hash: each inline script the handout keeps on purpose (plotly.js, the chart calls and every
/// other script of an output the exporter's own run made) is allowed by the SHA-256 of its text, and nothing else runs,
/// neither an injected script nor an event handler nor a <c>javascript:</c> URL.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>Every directive but script-src.</summary>
    private const string Rest =
        "style-src 'unsafe-inline'; img-src data:; font-src data:; object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'";

    private static readonly HtmlParser Parser = new();

    /// <summary>The policy that allows exactly the scripts with these hash sources ('sha256-…').</summary>
    public static string For(IEnumerable<string> scriptHashes)
    {
        var hashes = scriptHashes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var scripts = hashes.Length == 0 ? "'none'" : string.Join(" ", hashes);
        return $"default-src 'none'; script-src {scripts}; {Rest}";
    }

    /// <summary>
    /// The hash sources of the inline scripts in an HTML fragment, as a browser parses them (newlines normalised, a
    /// script inside SVG with its entities decoded). Scripts with a <c>src</c> are not inline and get none.
    /// </summary>
    public static IReadOnlyList<string> ScriptHashesOf(string html)
    {
        if (!html.Contains("<script", StringComparison.OrdinalIgnoreCase)) return [];
        var document = Parser.ParseDocument($"<!DOCTYPE html><html><head></head><body>{html}</body></html>");
        return document.All.Where(e => e.LocalName == "script" && !e.HasAttribute("src"))
            .Select(e => HashOf(e.TextContent))
            .ToArray();
    }

    /// <summary>The hash source of one script's text: 'sha256-' and the base64 of the SHA-256 of its UTF-8 bytes.</summary>
    public static string HashOf(string scriptText) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scriptText)))}'";
}
