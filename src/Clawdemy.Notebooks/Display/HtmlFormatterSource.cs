namespace Clawdemy.Notebooks;

/// <summary>
/// Hands the notebook kernel one text/html formatter for every <see cref="IHtmlRenderable"/> of the library
/// (the <c>TypeFormatterSourceAttribute</c> convention: a public parameterless constructor and <c>CreateTypeFormatters()</c>).
/// </summary>
public sealed class HtmlFormatterSource
{
    /// <summary>The formatters the kernel registers, lazily, the first time it formats one of our values.</summary>
    /// <returns>One text/html formatter.</returns>
    public IEnumerable<object> CreateTypeFormatters() => [new HtmlFormatter()];
}
