namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>The text/latex formatter of <see cref="LaTeXString"/> and <see cref="MathString"/>: the code as it is.</summary>
internal sealed class LaTeXFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new TextFormatter("text/latex", (value, writer) =>
    {
        writer.Write(value.ToString());
        return true;
    })];
}
