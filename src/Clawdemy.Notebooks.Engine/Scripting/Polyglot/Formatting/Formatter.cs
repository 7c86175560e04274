using System.Globalization;
using Clawdemy.Notebooks.Engine.Execution;

namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// Polyglot's formatter, as cells call it: register a formatter for a type and MIME type, choose the MIME types a type
/// is shown as, reset to the defaults, and the limits of the default views. The default views themselves are those of
/// the engine's <see cref="ValueFormatter"/>.
/// </summary>
public static class Formatter
{
    private static readonly Lock Gate = new();
    private static readonly List<ITypeFormatter> UserFormatters = [];
    private static readonly List<(Type Type, string[] MimeTypes)> PreferredMimeTypes = [];
    private static int _listExpansionLimit = 20;
    private static int _recursionLimit = 6;

    /// <summary>The MIME type values are shown as when nothing else is preferred: text/html.</summary>
    public static string DefaultMimeType { get; set; } = "text/html";

    /// <summary>What null is written as: <c>&lt;null&gt;</c>.</summary>
    public static string NullString { get; set; } = "<null>";

    /// <summary>How many items of a sequence are written before "(N more)"; 20 by default.</summary>
    /// <exception cref="ArgumentException">The value is negative.</exception>
    public static int ListExpansionLimit
    {
        get => _listExpansionLimit;
        set => _listExpansionLimit = value >= 0 ? value : throw new ArgumentException($"{nameof(ListExpansionLimit)} must be at least 0.");
    }

    /// <summary>How deep nested values are formatted in full before they are written as plain text; 6 by default.</summary>
    /// <exception cref="ArgumentException">The value is negative.</exception>
    public static int RecursionLimit
    {
        get => _recursionLimit;
        set => _recursionLimit = value >= 0 ? value : throw new ArgumentException($"{nameof(RecursionLimit)} must be at least 0.");
    }

    /// <summary>Forgets every registered formatter and preferred MIME type, and restores the default limits.</summary>
    public static void ResetToDefault()
    {
        lock (Gate)
        {
            UserFormatters.Clear();
            PreferredMimeTypes.Clear();
        }

        DefaultMimeType = "text/html";
        NullString = "<null>";
        _listExpansionLimit = 20;
        _recursionLimit = 6;
    }

    /// <summary>Registers a formatter; the most recent of equally specific formatters is tried first.</summary>
    /// <param name="formatter">The formatter.</param>
    public static void Register(ITypeFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (Gate) UserFormatters.Insert(0, formatter);
    }

    /// <summary>Registers a formatter for <typeparamref name="T"/>.</summary>
    /// <param name="formatter">Writes a value to the context.</param>
    /// <param name="mimeType">The MIME type it writes; text/plain by default.</param>
    public static void Register<T>(FormatDelegate<T> formatter, string mimeType = "text/plain") =>
        Register(new AnonymousTypeFormatter<T>(formatter, mimeType));

    /// <summary>Registers a formatter for <typeparamref name="T"/> that writes to a TextWriter.</summary>
    /// <param name="formatter">Writes a value.</param>
    /// <param name="mimeType">The MIME type it writes; text/plain by default.</param>
    public static void Register<T>(Action<T, TextWriter> formatter, string mimeType = "text/plain") =>
        Register(new AnonymousTypeFormatter<T>((value, context) =>
        {
            formatter(value, context.Writer);
            return true;
        }, mimeType));

    /// <summary>Registers a formatter for <typeparamref name="T"/> that returns the text.</summary>
    /// <param name="formatter">The text of a value.</param>
    /// <param name="mimeType">The MIME type it writes; text/plain by default.</param>
    public static void Register<T>(Func<T, string> formatter, string mimeType = "text/plain") =>
        Register(new AnonymousTypeFormatter<T>((value, context) =>
        {
            context.Writer.Write(formatter(value));
            return true;
        }, mimeType));

    /// <summary>Registers a formatter for <paramref name="type"/> (an open generic type is allowed).</summary>
    /// <param name="type">The type formatted.</param>
    /// <param name="formatter">Writes a value to the context.</param>
    /// <param name="mimeType">The MIME type it writes; text/plain by default.</param>
    public static void Register(Type type, FormatDelegate<object> formatter, string mimeType = "text/plain") =>
        Register(new AnonymousTypeFormatter<object>(formatter, mimeType, type));

    /// <summary>Registers a formatter for <paramref name="type"/> that writes to a TextWriter.</summary>
    /// <param name="type">The type formatted.</param>
    /// <param name="formatter">Writes a value.</param>
    /// <param name="mimeType">The MIME type it writes; text/plain by default.</param>
    public static void Register(Type type, Action<object, TextWriter> formatter, string mimeType = "text/plain") =>
        Register(new AnonymousTypeFormatter<object>((value, context) =>
        {
            formatter(value, context.Writer);
            return true;
        }, mimeType, type));

    /// <summary>The formatters registered by cells, most recent first.</summary>
    /// <param name="includeDefaults">Ignored: the default views are not formatter objects here.</param>
    public static IEnumerable<ITypeFormatter> RegisteredFormatters(bool includeDefaults = true)
    {
        lock (Gate) return UserFormatters.ToArray();
    }

    /// <summary>Sets the MIME types values of <paramref name="type"/> (and types derived from it) are shown as.</summary>
    /// <param name="type">The type.</param>
    /// <param name="preferredMimeTypes">The MIME types, in order.</param>
    /// <exception cref="ArgumentException">No MIME type is given.</exception>
    public static void SetPreferredMimeTypesFor(Type type, params string[] preferredMimeTypes)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (preferredMimeTypes is null || !preferredMimeTypes.Any(m => !string.IsNullOrWhiteSpace(m)))
        {
            throw new ArgumentException("Value cannot be null or whitespace.", nameof(preferredMimeTypes));
        }

        lock (Gate) PreferredMimeTypes.Insert(0, (type, preferredMimeTypes.Distinct().ToArray()));
    }

    /// <summary>The MIME types a value of <paramref name="type"/> is shown as.</summary>
    /// <param name="type">The value's type; null for null.</param>
    public static IReadOnlyCollection<string> GetPreferredMimeTypesFor(Type? type) => ValueFormatter.PreferredMimeTypesFor(type);

    /// <summary>The value formatted as <paramref name="mimeType"/>, with the dni-styles block where the HTML view needs it.</summary>
    /// <param name="obj">The value.</param>
    /// <param name="mimeType">The MIME type; text/plain by default.</param>
    public static string ToDisplayString(this object? obj, string mimeType = "text/plain") => ValueFormatter.ToDisplayString(obj, mimeType);

    /// <summary>Writes the value as <paramref name="mimeType"/> into an ongoing format operation, one level deeper.</summary>
    /// <param name="obj">The value.</param>
    /// <param name="context">The ongoing operation.</param>
    /// <param name="mimeType">The MIME type.</param>
    public static void FormatTo<T>(this T obj, FormatContext context, string mimeType = "text/plain") => ValueFormatter.FormatTo(obj, context, mimeType);

    /// <summary>A writer in the invariant culture, as every format operation uses.</summary>
    internal static StringWriter CreateWriter() => new(CultureInfo.InvariantCulture);

    /// <summary>The MIME types set for the most specific type <paramref name="type"/> is, or derives from; null when none.</summary>
    internal static string[]? UserPreferredMimeTypes(Type type)
    {
        lock (Gate) return MostSpecific(PreferredMimeTypes, p => p.Type, type).Select(p => p.MimeTypes).FirstOrDefault();
    }

    /// <summary>The formatters registered for <paramref name="type"/> and <paramref name="mimeType"/>, to try in order.</summary>
    internal static IReadOnlyList<ITypeFormatter> UserFormattersFor(Type type, string mimeType)
    {
        lock (Gate) return MostSpecific(UserFormatters.Where(f => f.MimeType == mimeType), f => f.Type, type).ToArray();
    }

    /// <summary>The items whose type applies to <paramref name="actual"/>, most specific first, most recent first among equals.</summary>
    internal static IEnumerable<T> MostSpecific<T>(IEnumerable<T> items, Func<T, Type> typeOf, Type actual)
    {
        var relevant = items.Where(i => ValueFormatter.Applies(typeOf(i), actual)).ToList();
        // A stable sort: an item comes before another when its type is more specific (the other applies to it).
        return relevant.Select((item, index) => (item, index))
            .OrderBy(x => x, Comparer<(T item, int index)>.Create((a, b) =>
            {
                var aInB = ValueFormatter.Applies(typeOf(b.item), typeOf(a.item));
                var bInA = ValueFormatter.Applies(typeOf(a.item), typeOf(b.item));
                if (aInB == bInA) return a.index.CompareTo(b.index);
                return aInB ? -1 : 1;
            }))
            .Select(x => x.item);
    }
}
