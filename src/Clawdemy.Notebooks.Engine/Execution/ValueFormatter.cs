using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// Turns a value into a MIME bundle as Polyglot's formatter does. The MIME types produced are the value's preferred
/// ones: those set with <c>Formatter.SetPreferredMimeTypesFor</c>, else those of its <c>TypeFormatterSourceAttribute</c>
/// (found by simple name, any namespace), else text/plain for strings and text/html for everything else. Each is written
/// by a formatter registered by a cell, else the type's own formatters, else the default views (scalars as a plain-text
/// block, sequences of scalars on one line, other sequences and dictionaries as index or key tables, objects as tree
/// views). Every bundle also carries text/plain, for front ends that show nothing richer.
/// </summary>
public static partial class ValueFormatter
{
    private const string Html = "text/html";
    private const string Plain = "text/plain";

    /// <summary>The one-line summary a tree view shows for a value.</summary>
    internal const string Summary = "text/plain+summary";

    private static readonly ConcurrentDictionary<Type, SourceFormatters> Sources = new();

    /// <summary>Formats a value; with <paramref name="mimeTypes"/>, only those types (and text/plain) are produced.</summary>
    /// <exception cref="ArgumentException">No formatter writes one of the MIME types asked for.</exception>
    public static IReadOnlyDictionary<string, string> Format(object? value, params string[]? mimeTypes)
    {
        var wanted = mimeTypes is { Length: > 0 } ? mimeTypes : PreferredMimeTypesFor(value?.GetType()).ToArray();
        var bundle = new Dictionary<string, string>();
        foreach (var mime in wanted) bundle[mime] = ToDisplayString(value, mime);
        if (!bundle.ContainsKey(Plain))
        {
            // A type that brings its own views is described by its own ToString; anything else as Polyglot writes text/plain.
            bundle[Plain] = value is not null && SourcesOf(value.GetType()).Formatters.Count > 0
                ? value.ToString() ?? ""
                : ToDisplayString(value, Plain);
        }

        return bundle;
    }

    /// <summary>The plain text of a value, as Polyglot's text/plain formatter writes it (invariant culture; lists as [ a, b ]).</summary>
    public static string PlainText(object? value) => ToDisplayString(value, Plain);

    /// <summary>The MIME types a value of <paramref name="type"/> is shown as.</summary>
    internal static IReadOnlyCollection<string> PreferredMimeTypesFor(Type? type)
    {
        if (type is null) return [Formatter.DefaultMimeType];
        if (Formatter.UserPreferredMimeTypes(type) is { } user) return user;
        if (SourcesOf(type).PreferredMimeTypes is { Length: > 0 } preferred) return preferred;
        return [type == typeof(string) ? Plain : Formatter.DefaultMimeType];
    }

    /// <summary>A value formatted as <paramref name="mimeType"/> in a format operation of its own, the styles it needs at the end.</summary>
    internal static string ToDisplayString(object? value, string mimeType)
    {
        using var writer = Formatter.CreateWriter();
        using (var context = new FormatContext(writer)) FormatTo(value, context, mimeType);
        return writer.ToString();
    }

    /// <summary>Writes a value one level deeper into a format operation; past the recursion limit, as plain text.</summary>
    internal static void FormatTo(object? value, FormatContext context, string mimeType)
    {
        if (value is null)
        {
            WriteNull(context, mimeType);
            return;
        }

        context.Depth++;
        try
        {
            if (context.AllowRecursion) FormatWithPreferredFormatter(value, context, mimeType);
            else WriteShallow(value, context);
        }
        finally
        {
            context.Depth--;
        }
    }

    private static void WriteNull(FormatContext context, string mimeType)
    {
        if (mimeType == Html) WritePlainTextBlock(Formatter.NullString, context);
        else context.Writer.Write(Formatter.NullString);
    }

    private static void FormatWithPreferredFormatter(object value, FormatContext context, string mimeType)
    {
        var type = value.GetType();
        var user = Formatter.UserFormattersFor(type, mimeType);
        if (user.Count > 0)
        {
            foreach (var formatter in user)
            {
                if (formatter.Format(value, context)) return;
            }

            return;
        }

        foreach (var formatter in SourcesOf(type).Formatters.Where(f => f.MimeType == mimeType))
        {
            if (formatter.Format(value, context.Writer)) return;
        }

        switch (mimeType)
        {
            case Html:
                WriteDefaultHtml(value, context);
                break;
            case Plain:
                WriteDefaultPlainText(value, context);
                break;
            case Summary:
                WriteSummary(value, context);
                break;
            default:
                throw new ArgumentException($"No formatter is registered for MIME type {mimeType}.");
        }
    }

    /// <summary>Whether a formatter or preference for <paramref name="formatted"/> applies to a value of <paramref name="actual"/>.</summary>
    internal static bool Applies(Type formatted, Type actual)
    {
        if (!formatted.IsGenericTypeDefinition) return formatted.IsAssignableFrom(actual);
        for (var t = actual; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == formatted) return true;
        }

        return actual.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == formatted);
    }

    // Polyglot's convention, kept on purpose: a type names its formatter source with any attribute called
    // TypeFormatterSourceAttribute, from whatever assembly (the helper library declares its own copy and references no
    // .NET Interactive package), and the source's formatters are found by their shape (MimeType, Format(object,
    // TextWriter)), never by a shared interface. So the match below is by name.
    private static SourceFormatters SourcesOf(Type type) => Sources.GetOrAdd(type, static t =>
    {
        foreach (var attribute in t.GetCustomAttributes(inherit: true).Where(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
        {
            var found = CreateFormatters(attribute, t).ToArray();
            var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[];
            if (found.Length > 0 || preferred is not null) return new SourceFormatters(found, preferred);
        }

        return new SourceFormatters([], null);
    });

    private static IEnumerable<SourceFormatter> CreateFormatters(object attribute, Type valueType)
    {
        if (attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType) yield break;
        var source = Activator.CreateInstance(sourceType, nonPublic: true);
        if (sourceType.GetMethod("CreateTypeFormatters", Type.EmptyTypes)?.Invoke(source, null) is not IEnumerable formatters) yield break;

        foreach (var formatter in formatters)
        {
            if (formatter is null) continue;
            var ft = formatter.GetType();
            var mime = ft.GetProperty("MimeType")?.GetValue(formatter) as string;
            var forType = ft.GetProperty("Type")?.GetValue(formatter) as Type;
            var format = ft.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .SingleOrDefault(m => m.Name == "Format" && m.ReturnType == typeof(bool) && m.GetParameters() is [_, { ParameterType: var p1 }] && p1 == typeof(TextWriter));
            if (mime is null || format is null) continue;
            if (forType is not null && !Applies(forType, valueType)) continue;
            yield return new SourceFormatter(mime, (v, w) => (bool)format.Invoke(formatter, BindingFlags.DoNotWrapExceptions, null, [v, w], null)!);
        }
    }

    private sealed record SourceFormatter(string MimeType, Func<object, TextWriter, bool> Format);

    private sealed record SourceFormatters(IReadOnlyList<SourceFormatter> Formatters, string[]? PreferredMimeTypes);
}
