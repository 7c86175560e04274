using System.Text;

namespace Clawdemy.Notebooks;

/// <summary>Small HTML builders for the library's tables.</summary>
internal static class Html
{
    /// <summary>Escapes only what HTML requires (&amp; &lt; &gt; &quot; '); pages are UTF-8, so symbols such as · and × stay readable.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
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
