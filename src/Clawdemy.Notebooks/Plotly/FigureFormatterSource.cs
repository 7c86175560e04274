namespace Clawdemy.Notebooks.Plotly;

/// <summary>
/// Hands the notebook kernel a figure's two formatters (the <c>TypeFormatterSourceAttribute</c> convention): text/html,
/// which Polyglot Notebooks and handouts draw with plotly.js, and <c>application/vnd.plotly.v1+json</c>, which Jupyter
/// front ends (VS Code's built-in renderer, JupyterLab's plotly extension) draw offline.
/// </summary>
public sealed class FigureFormatterSource
{
    /// <summary>The formatters the kernel registers, lazily, the first time it formats a figure.</summary>
    /// <returns>A text/html and a plotly JSON formatter.</returns>
    public IEnumerable<object> CreateTypeFormatters() => [new HtmlFormatter(), new PlotlyJsonFormatter()];
}
