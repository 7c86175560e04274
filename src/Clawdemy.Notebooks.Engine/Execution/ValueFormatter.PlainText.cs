using System.Collections;
using System.Dynamic;
using System.Globalization;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>The default text/plain views and the one-line summaries of tree views.</summary>
public static partial class ValueFormatter
{
    private const int IndentWidth = 2;

    private static void WriteDefaultPlainText(object value, FormatContext context)
    {
        var writer = context.Writer;
        switch (value)
        {
            case Exception exception:
                var indent = new string(' ', (context.Depth + 1) * IndentWidth);
                writer.Write(Regex.Replace(exception.ToString(), @"^\s+", indent, RegexOptions.Multiline));
                return;
            case ExpandoObject expando:
                writer.Write(string.Join("\n", expando.Select(p => $"{p.Key}: {Nested(p.Value, context)}")));
                return;
            case IHtmlContent html:
                html.WriteTo(writer, HtmlEncoder.Default);
                return;
            case KeyValuePair<string, object?> pair:
                writer.Write($"{pair.Key}: ");
                FormatTo(pair.Value, context, Plain);
                return;
            case Type type:
                writer.Write(IsAnonymous(type) ? "(anonymous)" : CSharpName(type, withoutNamespace: false));
                return;
            case DateTime dateTime:
                writer.Write(dateTime.ToString("u", CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset dateTime:
                writer.Write(dateTime.ToString("u", CultureInfo.InvariantCulture));
                return;
            case BigInteger or decimal:
                writer.Write(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
        }

        var type2 = value.GetType();
        if (IsScalar(type2))
        {
            writer.Write(value);
        }
        else if (IsTuple(type2))
        {
            WriteTuple(value, context);
        }
        else if (type2.IsEnum)
        {
            writer.Write(value.ToString());
        }
        else
        {
            WriteObject(value, context);
        }
    }

    private static string Nested(object? value, FormatContext context)
    {
        using var writer = Formatter.CreateWriter();
        var inner = new FormatContext(writer) { Depth = context.Depth };
        FormatTo(value, inner, Plain);
        return writer.ToString();
    }

    private static void WriteTuple(object tuple, FormatContext context)
    {
        var members = MembersToFormat(tuple.GetType());
        var values = members.Select(m => ValueOrException(m, tuple)).ToArray();
        if (members.All(m => IsScalar(m is System.Reflection.FieldInfo f ? f.FieldType : ((System.Reflection.PropertyInfo)m).PropertyType)))
        {
            context.Writer.Write("( ");
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0) context.Writer.Write(", ");
                FormatTo(values[i], context, Plain);
            }

            context.Writer.Write(" )");
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            context.IsStartingObjectWithinSequence = true;
            WriteStartProperty(context);
            FormatTo(values[i], context, Plain);
            context.IsStartingObjectWithinSequence = true;
            if (i < values.Length - 1) context.Writer.WriteLine();
        }
    }

    /// <summary>An object: its type, then "Name: value" per member, indented by depth; a sequence's items after them as "(values)".</summary>
    private static void WriteObject(object target, FormatContext context)
    {
        var type = target.GetType();
        var members = MembersToFormat(type);
        var enumerable = IsEnumerable(type);
        var itemsOnly = enumerable && !ShowsProperties(type);
        if (!itemsOnly && members.Count == 0)
        {
            context.Writer.Write(target.ToString());
            return;
        }

        var writer = context.Writer;
        if (!itemsOnly)
        {
            if (!context.IsStartingObjectWithinSequence)
            {
                writer.Write(CSharpName(type, withoutNamespace: true));
                writer.WriteLine();
            }

            for (var i = 0; i < members.Count; i++)
            {
                WriteStartProperty(context);
                writer.Write(members[i].Name);
                writer.Write(": ");
                FormatTo(ValueOrException(members[i], target), context, Plain);
                if (i < members.Count - 1 && !enumerable) writer.WriteLine();
            }
        }

        if (!enumerable) return;
        if (!itemsOnly)
        {
            writer.WriteLine();
            WriteStartProperty(context);
            writer.Write("(values): ");
        }

        WriteItems((IEnumerable)target, context);
    }

    private static void WriteStartProperty(FormatContext context)
    {
        context.Writer.Write(new string(' ', context.Depth * IndentWidth));
        if (context.IsStartingObjectWithinSequence)
        {
            context.Writer.Write("  - ");
            context.IsStartingObjectWithinSequence = false;
        }
        else
        {
            context.Writer.Write("    ");
        }
    }

    /// <summary>A sequence's items: on one line (<c>[ 1, 2, 3 ]</c>) for scalars or past the recursion limit, else one per line under its type.</summary>
    private static void WriteItems(IEnumerable sequence, FormatContext context)
    {
        var type = sequence.GetType();
        var element = ElementType(type) ?? typeof(object);
        var singleLine = IsScalar(element) || !context.AllowRecursion;
        var writer = context.Writer;
        if (singleLine)
        {
            writer.Write("[ ");
        }
        else
        {
            writer.Write(CSharpName(type, withoutNamespace: true));
            writer.WriteLine();
        }

        var counted = sequence is ICollection || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
        var (items, remaining) = Take(sequence, Formatter.ListExpansionLimit, counted);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                if (singleLine) writer.Write(", ");
                else writer.WriteLine();
            }

            context.IsStartingObjectWithinSequence = true;
            if (!singleLine && element == typeof(object))
            {
                writer.Write(new string(' ', context.Depth * IndentWidth));
                writer.Write("  - ");
            }

            FormatTo(items[i], context, Plain);
            context.IsStartingObjectWithinSequence = false;
        }

        if (remaining != 0) writer.Write(remaining is { } n ? $" ... ({n} more)" : " ... (more)");
        if (singleLine) writer.Write(" ]");
    }

    /// <summary>What a value past the recursion limit is written as: strings as they are, sequences on one line, others by ToString.</summary>
    private static void WriteShallow(object value, FormatContext context)
    {
        switch (value)
        {
            case string text:
                context.Writer.Write(text);
                break;
            case IEnumerable sequence:
                WriteItems(sequence, context);
                break;
            case IFormattable formattable:
                context.Writer.Write(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                context.Writer.Write(value.ToString());
                break;
        }
    }

    /// <summary>The one-line summary of a tree view: ToString, trimmed, line breaks escaped, at most 300 characters; sequences on one line.</summary>
    private static void WriteSummary(object value, FormatContext context)
    {
        switch (value)
        {
            case Type type:
                FormatTo(type, context, Plain);
                return;
            case IEnumerable sequence and not string:
                context.DisableRecursion();
                WriteItems(sequence, context);
                context.EnableRecursion();
                return;
        }

        string text;
        try
        {
            text = value.ToString() ?? "";
        }
        catch (Exception e)
        {
            text = e.ToString();
        }

        text = text.Trim().Replace("\r", "\\r").Replace("\n", "\\n");
        context.Writer.Write(text.Length > 300 ? text[..300] + "..." : text);
    }
}
