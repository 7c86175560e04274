using System.Globalization;
using System.Net;
using Clawdemy.Notebooks.Engine.Execution;

namespace Microsoft.DotNet.Interactive.Formatting.TabularData;

/// <summary>
/// The two views of a <see cref="TabularDataResource"/>: an HTML table whose header cells hold spans and whose cells are
/// formatted as text/html, and CSV (values quoted where they hold white space, commas or quotes).
/// </summary>
internal sealed class TabularDataFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new TextFormatter("text/html", FormatHtml), new TextFormatter("text/csv", FormatCsv)];

    private static bool FormatHtml(object value, TextWriter writer)
    {
        var table = (TabularDataResource)value;
        using var context = new FormatContext(writer);
        ValueFormatter.RequireStyles(context);
        writer.Write("<table><thead><tr>");
        foreach (var column in table.Columns) writer.Write($"<td><span>{WebUtility.HtmlEncode(column)}</span></td>");
        writer.Write("</tr></thead><tbody>");
        var shown = table.Rows.Take(Formatter.ListExpansionLimit).ToArray();
        foreach (var row in shown)
        {
            writer.Write("<tr>");
            foreach (var cell in row)
            {
                writer.Write("<td>");
                if (cell is string text) writer.Write(WebUtility.HtmlEncode(text));
                else cell.FormatTo(context, "text/html");
                writer.Write("</td>");
            }

            writer.Write("</tr>");
        }

        if (table.Rows.Count > shown.Length)
        {
            writer.Write($"<tr><td colspan=\"{table.Columns.Count}\"><i>({table.Rows.Count - shown.Length} more)</i></td></tr>");
        }

        writer.Write("</tbody></table>");
        return true;
    }

    private static bool FormatCsv(object value, TextWriter writer)
    {
        var table = (TabularDataResource)value;
        writer.Write(string.Join(",", table.Columns));
        writer.Write("\r\n");
        foreach (var row in table.Rows)
        {
            writer.Write(string.Join(",", row.Select(cell => Escape(cell switch
            {
                null => "",
                DateTime d => d.ToString("o", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => cell.ToString() ?? "",
            }))));
            writer.Write("\r\n");
        }

        return true;
    }

    private static string Escape(string text)
    {
        var quoted = text.Replace("\"", "\"\"");
        return text.Any(c => char.IsWhiteSpace(c) || c is ',' or '"') ? $"\"{quoted}\"" : quoted;
    }
}
