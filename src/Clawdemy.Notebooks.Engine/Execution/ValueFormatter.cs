using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Clawdemy.Notebooks.Engine.Scripting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// Turns a value into a MIME bundle as the Polyglot kernel does: strings as text/plain; types that carry a
/// <c>TypeFormatterSourceAttribute</c> (found by simple name, any namespace) through their own formatters;
/// other values as text/html (a plain-text block, a list or a table of properties), with text/plain beside it.
/// </summary>
public static class ValueFormatter
{
    private const string Html = "text/html";
    private const string Plain = "text/plain";
    private const int MaxItems = 20;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SourceFormatter>> SourceFormatters = new();

    /// <summary>Formats a value; with <paramref name="mimeTypes"/>, only those types are produced.</summary>
    public static IReadOnlyDictionary<string, string> Format(object? value, params string[]? mimeTypes)
    {
        var wanted = mimeTypes is { Length: > 0 } ? mimeTypes : null;
        var bundle = new Dictionary<string, string>();
        if (wanted is not null)
        {
            foreach (var mime in wanted) bundle[mime] = FormatAs(value, mime);
            return bundle;
        }

        switch (value)
        {
            case null:
                bundle[Plain] = "<null>";
                return bundle;
            case string s:
                bundle[Plain] = s;
                return bundle;
            case HtmlString h:
                bundle[Html] = h.Html;
                return bundle;
        }

        foreach (var formatter in FormattersFor(value.GetType()))
        {
            if (bundle.ContainsKey(formatter.MimeType)) continue;
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            if (formatter.Format(value, writer)) bundle[formatter.MimeType] = writer.ToString();
        }

        if (!bundle.ContainsKey(Html)) bundle[Html] = DefaultHtml(value);
        if (!bundle.ContainsKey(Plain)) bundle[Plain] = PlainText(value);
        return bundle;
    }

    private static string FormatAs(object? value, string mime)
    {
        if (mime == Plain) return value is null ? "<null>" : PlainText(value);
        if (value is string s) return s;
        if (value is HtmlString h) return h.Html;
        var all = Format(value);
        return all.TryGetValue(mime, out var text) ? text : all.TryGetValue(Html, out var html) ? html : PlainText(value!);
    }

    /// <summary>The plain text of a value: invariant culture for numbers and dates; lists as [a, b, c].</summary>
    public static string PlainText(object value) => value switch
    {
        string s => s,
        IFormattable f when IsScalar(value) => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e when !HasOwnToString(value) => "[" + string.Join(", ", Items(e, out var more).Select(i => i is null ? "<null>" : PlainText(i))) + (more ? ", …" : "") + "]",
        _ => value.ToString() ?? "",
    };

    private static string DefaultHtml(object value)
    {
        if (IsScalar(value) || HasOwnToString(value))
        {
            return $"<div class=\"dni-plaintext\"><pre>{Escape(PlainText(value))}</pre></div>";
        }

        if (value is IEnumerable enumerable)
        {
            var items = Items(enumerable, out var more);
            var list = new StringBuilder("<table><thead><tr><th><i>index</i></th><th>value</th></tr></thead><tbody>");
            for (var i = 0; i < items.Count; i++)
            {
                list.Append($"<tr><td>{i}</td><td>{Escape(items[i] is null ? "<null>" : PlainText(items[i]!))}</td></tr>");
            }

            if (more) list.Append("<tr><td colspan=\"2\"><i>… (more)</i></td></tr>");
            return list.Append("</tbody></table>").ToString();
        }

        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var table = new StringBuilder("<table><thead><tr>");
        foreach (var p in properties) table.Append($"<th>{Escape(p.Name)}</th>");
        table.Append("</tr></thead><tbody><tr>");
        foreach (var p in properties)
        {
            string cell;
            try
            {
                var v = p.GetValue(value);
                cell = v is null ? "<null>" : PlainText(v);
            }
            catch (Exception e)
            {
                cell = $"({e.GetType().Name})";
            }

            table.Append($"<td>{Escape(cell)}</td>");
        }

        return table.Append("</tr></tbody></table>").ToString();
    }

    private static List<object?> Items(IEnumerable enumerable, out bool more)
    {
        var items = new List<object?>();
        more = false;
        foreach (var item in enumerable)
        {
            if (items.Count == MaxItems)
            {
                more = true;
                break;
            }

            items.Add(item);
        }

        return items;
    }

    private static bool IsScalar(object value) =>
        value is IConvertible or decimal or DateTimeOffset or TimeSpan or Guid || value.GetType().IsEnum || value.GetType().IsPrimitive;

    private static bool HasOwnToString(object value)
    {
        var method = value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes);
        if (method?.DeclaringType is null || method.DeclaringType == typeof(object)) return false;
        // Records and tuples print their members; collections of the BCL do not have a useful ToString.
        return value is not IEnumerable || method.DeclaringType.Assembly != typeof(object).Assembly;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static IReadOnlyList<SourceFormatter> FormattersFor(Type type) => SourceFormatters.GetOrAdd(type, static t =>
    {
        var found = new List<SourceFormatter>();
        for (var current = t; current is not null; current = current.BaseType)
        {
            foreach (var attribute in current.GetCustomAttributes(inherit: false).Where(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
            {
                found.AddRange(CreateFormatters(attribute, t));
            }

            if (found.Count > 0) break;
        }

        return found;
    });

    private static IEnumerable<SourceFormatter> CreateFormatters(object attribute, Type valueType)
    {
        var sourceType = attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) as Type;
        var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[] ?? [];
        if (sourceType is null) yield break;
        var source = Activator.CreateInstance(sourceType, nonPublic: true);
        if (sourceType.GetMethod("CreateTypeFormatters", Type.EmptyTypes)?.Invoke(source, null) is not IEnumerable formatters) yield break;

        var list = new List<SourceFormatter>();
        foreach (var formatter in formatters)
        {
            if (formatter is null) continue;
            var ft = formatter.GetType();
            var mime = ft.GetProperty("MimeType")?.GetValue(formatter) as string;
            var forType = ft.GetProperty("Type")?.GetValue(formatter) as Type;
            var format = ft.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .SingleOrDefault(m => m.Name == "Format" && m.ReturnType == typeof(bool) && m.GetParameters() is [{ ParameterType: var p0 }, { ParameterType: var p1 }] && p1 == typeof(TextWriter));
            if (mime is null || format is null) continue;
            if (forType is not null && !forType.IsAssignableFrom(valueType)) continue;
            list.Add(new SourceFormatter(mime, (v, w) => (bool)format.Invoke(formatter, [v, w])!));
        }

        foreach (var formatter in list.OrderBy(f => Array.IndexOf(preferred, f.MimeType) is var i && i < 0 ? int.MaxValue : i))
        {
            yield return formatter;
        }
    }

    private sealed record SourceFormatter(string MimeType, Func<object, TextWriter, bool> Format);
}
