namespace Clawdemy.Notebooks.Plotly;

/// <summary>An <c>application/vnd.plotly.v1+json</c> formatter in the shape the Polyglot kernel expects: a figure as <c>{"data", "layout", "config"}</c>.</summary>
public sealed class PlotlyJsonFormatter
{
    /// <summary>The plotly MIME type Jupyter front ends render.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>Always <see cref="PlotlyMimeType"/>.</summary>
    public string MimeType => PlotlyMimeType;

    /// <summary>The values it formats: figures.</summary>
    public Type Type => typeof(Figure);

    /// <summary>Writes the figure's JSON.</summary>
    /// <param name="instance">The value to show.</param>
    /// <param name="writer">Where the JSON goes.</param>
    /// <returns>True when the value was a figure and was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Figure figure || writer is null) return false;
        writer.Write(figure.ToJson());
        return true;
    }
}
