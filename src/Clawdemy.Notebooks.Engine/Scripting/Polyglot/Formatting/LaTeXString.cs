namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>LaTeX code, shown as text/latex (a notebook typesets it).</summary>
/// <param name="latexCode">The code, such as <c>\frac{1}{2}</c>.</param>
[TypeFormatterSource(typeof(LaTeXFormatterSource), PreferredMimeTypes = ["text/latex"])]
public class LaTeXString(string latexCode)
{
    private readonly string _latexCode = latexCode ?? throw new ArgumentNullException(nameof(latexCode));

    /// <summary>LaTeX code from a string.</summary>
    /// <param name="source">The code.</param>
    public static implicit operator LaTeXString(string source) => new(source);

    /// <summary>The code.</summary>
    public override string ToString() => _latexCode;
}
