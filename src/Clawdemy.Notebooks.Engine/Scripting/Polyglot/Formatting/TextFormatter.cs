namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>A formatter by the <see cref="TypeFormatterSourceAttribute"/> convention: a MIME type and a function that writes a value.</summary>
/// <param name="mimeType">The MIME type written.</param>
/// <param name="format">Writes a value; false to pass.</param>
internal sealed class TextFormatter(string mimeType, Func<object, TextWriter, bool> format)
{
    public string MimeType { get; } = mimeType;

    public bool Format(object instance, TextWriter writer) => format(instance, writer);
}
