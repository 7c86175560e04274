namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>A formatter made from a delegate, as <see cref="Formatter.Register{T}(FormatDelegate{T}, string)"/> registers it.</summary>
/// <typeparam name="T">The type formatted.</typeparam>
public sealed class AnonymousTypeFormatter<T> : ITypeFormatter
{
    private readonly FormatDelegate<T> _format;

    /// <summary>Creates a formatter for <typeparamref name="T"/> (or <paramref name="type"/>) to <paramref name="mimeType"/>.</summary>
    /// <param name="format">Writes a value.</param>
    /// <param name="mimeType">The MIME type written.</param>
    /// <param name="type">The type formatted, when it is not <typeparamref name="T"/> (an open generic type is allowed).</param>
    public AnonymousTypeFormatter(FormatDelegate<T> format, string mimeType, Type? type = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        _format = format ?? throw new ArgumentNullException(nameof(format));
        MimeType = mimeType;
        Type = type ?? typeof(T);
    }

    /// <inheritdoc />
    public string MimeType { get; }

    /// <inheritdoc />
    public Type Type { get; }

    /// <inheritdoc />
    public bool Format(object? value, FormatContext context) => _format((T)value!, context);
}
