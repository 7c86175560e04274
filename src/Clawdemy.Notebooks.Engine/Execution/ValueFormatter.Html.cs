using System.Collections;
using System.Dynamic;
using System.Globalization;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>The default text/html views, and the dni-styles block they share.</summary>
public static partial class ValueFormatter
{
    /// <summary>The style sheet of the default views, written once after a value that uses them.</summary>
    internal const string Styles = """
        <style>
        .dni-code-hint {
            font-style: italic;
            overflow: hidden;
            white-space: nowrap;
        }
        .dni-treeview {
            white-space: nowrap;
        }
        .dni-treeview td {
            vertical-align: top;
            text-align: start;
        }
        details.dni-treeview {
            padding-left: 1em;
        }
        table td {
            text-align: start;
        }
        table tr { 
            vertical-align: top; 
            margin: 0em 0px;
        }
        table tr td pre 
        { 
            vertical-align: top !important; 
            margin: 0em 0px !important;
        } 
        table th {
            text-align: start;
        }
        </style>
        """;

    /// <summary>Asks for the dni-styles block at the end of the format operation.</summary>
    internal static void RequireStyles(FormatContext context) => context.RequireOnComplete(Styles);

    private static string Encode(string text) => HttpUtility.HtmlEncode(text);

    private static void WriteDefaultHtml(object value, FormatContext context)
    {
        var writer = context.Writer;
        switch (value)
        {
            case DateTime dateTime:
                writer.Write($"<span>{dateTime.ToString("u", CultureInfo.InvariantCulture)}</span>");
                return;
            case DateTimeOffset dateTime:
                writer.Write($"<span>{dateTime.ToString("u", CultureInfo.InvariantCulture)}</span>");
                return;
            case ExpandoObject expando:
                WriteExpandoTable(expando, context);
                return;
            case PocketView view:
                view.WriteTo(context);
                return;
            case IHtmlContent html:
                html.WriteTo(writer, HtmlEncoder.Default);
                return;
            case string or BigInteger or decimal:
                WriteStyledPlainText(value, context, Plain);
                return;
            case TimeSpan span:
                writer.Write($"<span>{Encode(span.ToString())}</span>");
                return;
            case Type type:
                WriteTypeHtml(type, context);
                return;
            case Enum:
                writer.Write($"<span>{Encode(value.ToString()!)}</span>");
                return;
        }

        RequireStyles(context);
        var runtimeType = value.GetType();
        if (IsScalar(runtimeType))
        {
            WriteStyledPlainText(value, context, Plain);
        }
        else if (IsEnumerable(runtimeType) && !ShowsProperties(runtimeType))
        {
            WriteSequenceTable((IEnumerable)value, context);
        }
        else
        {
            WriteTreeView(value, context);
        }
    }

    /// <summary>A value as Polyglot's plain-text block: <c>&lt;div class="dni-plaintext"&gt;&lt;pre&gt;…&lt;/pre&gt;&lt;/div&gt;</c>.</summary>
    private static void WriteStyledPlainText(object value, FormatContext context, string mimeType)
    {
        RequireStyles(context);
        WritePlainTextBlock(ToDisplayString(value, mimeType), context);
    }

    private static void WritePlainTextBlock(string text, FormatContext context)
    {
        RequireStyles(context);
        context.Writer.Write($"<div class=\"dni-plaintext\"><pre>{Encode(text)}</pre></div>");
    }

    private static void WriteTypeHtml(Type type, FormatContext context)
    {
        var text = ToDisplayString(type, Plain);
        var documented = type.Namespace is { } ns && type.FullName is not null && !IsAnonymous(type)
                         && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
        if (!documented)
        {
            context.Writer.Write(Encode(text));
            return;
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        var page = definition.FullName!.ToLowerInvariant().Replace('+', '.').Replace('`', '-');
        context.Writer.Write($"<span><a href=\"https://docs.microsoft.com/dotnet/api/{page}?view=net-7.0\">{Encode(text)}</a></span>");
    }

    private static void WriteExpandoTable(ExpandoObject expando, FormatContext context)
    {
        var pairs = expando.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var writer = context.Writer;
        writer.Write("<table><thead><tr>");
        foreach (var pair in pairs) writer.Write($"<th>{Encode(pair.Key)}</th>");
        writer.Write("</tr></thead><tbody><tr>");
        foreach (var pair in pairs) WriteCell(pair.Value, context);
        writer.Write("</tr></tbody></table>");
    }

    /// <summary>A <c>&lt;td&gt;</c> holding a value: text encoded, HTML as is, anything else formatted as text/html.</summary>
    private static void WriteCell(object? value, FormatContext context)
    {
        context.Writer.Write("<td>");
        switch (value)
        {
            case string text:
                context.Writer.Write(Encode(text));
                break;
            case IHtmlContent html:
                html.WriteTo(context.Writer, HtmlEncoder.Default);
                break;
            default:
                FormatTo(value, context, Html);
                break;
        }

        context.Writer.Write("</td>");
    }

    /// <summary>A sequence: scalars on one line; otherwise a table of index (or key), type where items differ, and value.</summary>
    private static void WriteSequenceTable(IEnumerable source, FormatContext context)
    {
        RequireStyles(context);
        var type = source.GetType();
        var isDictionary = IsDictionary(type, out var keys, out var values);
        if (!isDictionary && ElementType(type) is { } element && IsScalar(element))
        {
            WriteStyledPlainText(source, context, Summary);
            return;
        }

        var items = values is null ? source : values(source);
        var (rows, remaining) = Take(items, Formatter.ListExpansionLimit, countRest: source is ICollection);
        var writer = context.Writer;
        if (rows.Count == 0)
        {
            writer.Write("<i>(empty)</i>");
            return;
        }

        var typesDiffer = rows.Where(r => r is not null).Select(r => r!.GetType()).Distinct().Count() > 1;
        var left = keys is null ? null : keys(source).Cast<object?>().Take(rows.Count).ToList();
        var columns = typesDiffer ? 3 : 2;
        writer.Write($"<table><thead><tr><th><i>{(left is null ? "index" : "key")}</i></th>{(typesDiffer ? "<th><i>type</i></th>" : "")}<th>value</th></tr></thead><tbody>");
        for (var i = 0; i < rows.Count; i++)
        {
            writer.Write("<tr>");
            if (left is null) writer.Write($"<td>{i.ToString(CultureInfo.InvariantCulture)}</td>");
            else WriteTableCell(left[i], context);
            if (typesDiffer) WriteTableCell(rows[i]?.GetType(), context);
            WriteTableCell(rows[i], context);
            writer.Write("</tr>");
        }

        if (remaining is > 0) writer.Write($"<tr><td colspan=\"{columns}\"><i>({remaining} more)</i></td></tr>");
        else if (remaining is null) writer.Write($"<tr><td colspan=\"{columns}\"><i>... (more)</i></td></tr>");
        writer.Write("</tbody></table>");
    }

    /// <summary>A cell of a sequence table: strings in a plain-text block, anything else as <see cref="WriteCell"/> writes it.</summary>
    private static void WriteTableCell(object? value, FormatContext context)
    {
        if (value is string text)
        {
            context.Writer.Write("<td>");
            WritePlainTextBlock(ToDisplayString(text, Plain), context);
            context.Writer.Write("</td>");
        }
        else
        {
            WriteCell(value, context);
        }
    }

    /// <summary>An object as an expandable tree: its summary line, then a row per property or field (and its items, for a sequence with properties).</summary>
    private static void WriteTreeView(object source, FormatContext context)
    {
        RequireStyles(context);
        if (!context.AllowRecursion)
        {
            WriteStyledPlainText(source, context, Plain);
            return;
        }

        var type = source.GetType();
        var writer = context.Writer;
        writer.Write(context.Depth < 2 ? "<details open=\"open\" class=\"dni-treeview\">" : "<details class=\"dni-treeview\">");
        writer.Write($"<summary><span class=\"dni-code-hint\"><code>{Encode(ToDisplayString(source, Summary))}</code></span></summary>");
        writer.Write("<div><table><thead><tr></tr></thead><tbody>");
        foreach (var member in MembersToFormat(type))
        {
            writer.Write($"<tr><td>{member.Name}</td><td>");
            FormatTo(ValueOrException(member, source), context, Html);
            writer.Write("</td></tr>");
        }

        if (IsEnumerable(type))
        {
            writer.Write("<tr><td><i>(values)</i></td><td>");
            WriteSequenceTable((IEnumerable)source, context);
            writer.Write("</td></tr>");
        }

        writer.Write("</tbody></table></div></details>");
    }

    /// <summary>The first <paramref name="count"/> items, and how many were left: a number when known, null when not.</summary>
    private static (List<object?> Items, int? Remaining) Take(IEnumerable source, int count, bool countRest)
    {
        var items = new List<object?>();
        var enumerator = source.GetEnumerator();
        try
        {
            while (enumerator.MoveNext())
            {
                items.Add(enumerator.Current);
                if (items.Count < count) continue;
                int? remaining = countRest ? source.Cast<object?>().Count() - items.Count : null;
                return (items, remaining);
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }

        return (items, 0);
    }
}
