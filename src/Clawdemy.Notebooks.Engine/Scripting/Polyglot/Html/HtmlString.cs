using System.Text.Encodings.Web;

namespace Microsoft.AspNetCore.Html;

/// <summary>Raw HTML, shown as text/html as it is; made by <c>HTML("…")</c>.</summary>
/// <param name="value">The markup.</param>
public sealed class HtmlString(string? value) : IHtmlContent
{
    /// <summary>No markup.</summary>
    public static readonly HtmlString Empty = new(string.Empty);

    /// <summary>The markup.</summary>
    public string? Value { get; } = value;

    /// <inheritdoc />
    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(Value);

    /// <summary>The markup.</summary>
    public override string ToString() => Value ?? string.Empty;
}
