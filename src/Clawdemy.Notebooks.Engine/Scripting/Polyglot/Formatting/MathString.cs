namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>A LaTeX formula shown as display math: text/latex between <c>$$</c>.</summary>
/// <param name="latexCode">The formula, such as <c>F(k) = \int f(x) e^{2\pi i k} dx</c>.</param>
[TypeFormatterSource(typeof(LaTeXFormatterSource), PreferredMimeTypes = ["text/latex"])]
public class MathString(string latexCode)
{
    private readonly string _latexCode = latexCode ?? throw new ArgumentNullException(nameof(latexCode));

    /// <summary>A formula from a string.</summary>
    /// <param name="source">The formula.</param>
    public static implicit operator MathString(string source) => new(source);

    /// <summary>The formula between <c>$$</c>.</summary>
    public override string ToString() => $"$${_latexCode}$$";
}
