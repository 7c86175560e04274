using System.Text;

namespace Clawdemy.Notebooks;

/// <summary>
/// HTML for the library's outputs, and the one escaper of the project's own HTML: the library's tables and feedback, a
/// cell's own HTML, and the handouts' pages. (The Polyglot formatters escape as the real kernel does, with HttpUtility.)
/// </summary>
public static class Html
{
    /// <summary>
    /// Escapes text for HTML, element content or a quoted attribute: &amp; &lt; &gt; &quot; and ' only. Pages are UTF-8,
    /// so symbols such as · × ← stay as they are, readable in the source.
    /// </summary>
    /// <param name="text">Any text; the empty string gives the empty string.</param>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    internal static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var html = new StringBuilder("<table class=\"clawdemy-table\">");
        if (caption is not null) html.Append("<caption>").Append(Escape(caption)).Append("</caption>");
        html.Append("<thead><tr>");
        foreach (var cell in header) html.Append("<th>").Append(Escape(cell)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(Escape(cell)).Append("</td>");
            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
