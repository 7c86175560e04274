namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>A formatter for values of one type, to one MIME type.</summary>
public interface ITypeFormatter
{
    /// <summary>The MIME type written, such as "text/html".</summary>
    string MimeType { get; }

    /// <summary>The type formatted (and the types derived from it).</summary>
    Type Type { get; }

    /// <summary>Writes the value; returns false to leave it to the next formatter.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">Where it is written.</param>
    bool Format(object? value, FormatContext context);
}
