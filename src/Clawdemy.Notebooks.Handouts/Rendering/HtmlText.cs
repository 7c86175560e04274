namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>Escapes text for HTML: only &amp; &lt; &gt; &quot; and ', since pages are UTF-8.</summary>
internal static class HtmlText
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
