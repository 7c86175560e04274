using System.Text.Encodings.Web;

// ASP.NET Core's namespace, where Polyglot's HTML types come from, so that notebooks written for it compile here unchanged.
namespace Microsoft.AspNetCore.Html;

/// <summary>Content that is already HTML: written as is, never encoded again.</summary>
public interface IHtmlContent
{
    /// <summary>Writes the markup.</summary>
    /// <param name="writer">Where it goes.</param>
    /// <param name="encoder">The encoder for any text inside; unused by raw markup.</param>
    void WriteTo(TextWriter writer, HtmlEncoder encoder);
}
