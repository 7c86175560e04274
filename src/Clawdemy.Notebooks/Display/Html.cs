using System.Net;
using System.Text;

namespace Clawdemy.Notebooks;

/// <summary>Small HTML builders for the library's tables.</summary>
internal static class Html
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

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
