namespace Clawdemy.Notebooks;

/// <summary>A text/html formatter in the shape the Polyglot kernel expects: <c>MimeType</c>, <c>Type</c> and one <c>Format</c> method.</summary>
public sealed class HtmlFormatter
{
    /// <summary>Always "text/html".</summary>
    public string MimeType => "text/html";

    /// <summary>The values it formats: anything that implements <see cref="IHtmlRenderable"/>.</summary>
    public Type Type => typeof(IHtmlRenderable);

    /// <summary>Writes the value's HTML.</summary>
    /// <param name="instance">The value to show.</param>
    /// <param name="writer">Where the HTML goes.</param>
    /// <returns>True when the value was written; false to let the kernel's own formatter have it.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not IHtmlRenderable renderable || writer is null)
        {
            return false;
        }

        writer.Write(renderable.ToHtmlFragment());
        return true;
    }
}
