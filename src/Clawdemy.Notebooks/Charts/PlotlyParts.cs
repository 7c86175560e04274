using DynamicObj;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace Clawdemy.Notebooks;

/// <summary>
/// The plotly.js attributes the lesson's charts set that Plotly.NET.CSharp 0.14.0's typed arguments do not reach (a
/// bar's per-bar base, slider steps, annotation standoff, axis scale anchors), set through Plotly.NET's own extension
/// point: its objects are <see cref="DynamicObj.DynamicObj"/>s whose properties are written as plotly.js attributes.
/// </summary>
internal static class PlotlyParts
{
    /// <summary>Sets plotly.js attributes on a Plotly.NET object and returns it, for building objects in one expression.</summary>
    /// <param name="target">The Plotly.NET object (a trace, layout, axis, slider, annotation, …).</param>
    /// <param name="attributes">Attribute names as plotly.js spells them, and their values; a null value is left out.</param>
    public static T With<T>(this T target, params (string Name, object? Value)[] attributes) where T : DynamicObj.DynamicObj
    {
        foreach (var (name, value) in attributes)
        {
            if (value is not null) target.SetProperty(name, value);
        }

        return target;
    }

    /// <summary>Merges layout attributes into a chart's layout (Plotly.NET's <c>Chart.withLayout</c>).</summary>
    public static GenericChart WithLayout(this GenericChart chart, params (string Name, object? Value)[] attributes) =>
        Chart.withLayout(new Layout().With(attributes)).Invoke(chart);

    /// <summary>Sets attributes on every trace of a chart (a chart from one <c>Chart.*</c> call has one).</summary>
    public static GenericChart WithTraceAttributes(this GenericChart chart, params (string Name, object? Value)[] attributes)
    {
        foreach (var trace in GenericChart.getTraces(chart)) trace.With(attributes);
        return chart;
    }

    /// <summary>A plotly.js title object.</summary>
    public static Title TitleOf(string text) => new Title().With(("text", text));

    /// <summary>A slider step: its label, the plotly.js method (<c>restyle</c> or <c>update</c>) and that method's arguments.</summary>
    public static SliderStep Step(string label, string method, params object[] args) => new SliderStep().With(("label", label), ("method", method), ("args", args));

    /// <summary>A slider over <paramref name="steps"/>, starting at <paramref name="active"/>, its current value shown after <paramref name="prefix"/>.</summary>
    public static Slider SliderOf(int active, string prefix, IEnumerable<SliderStep> steps) =>
        new Slider().With(("active", active), ("currentvalue", new Dictionary<string, object> { ["prefix"] = prefix }), ("steps", steps.ToArray()));

    /// <summary>Rounds for the page, so that charts stay small and their JSON stable: 4 decimals unless told.</summary>
    public static double[] Round(IEnumerable<double> values, int decimals = 4) => values.Select(v => Math.Round(v, decimals)).ToArray();

    /// <summary>A plotly.js colour from a CSS colour string.</summary>
    public static Color ColorOf(string css) => Color.fromString(css);

    /// <summary>One plotly.js colour per bar or point.</summary>
    public static Color ColorsOf(IEnumerable<string> css) => Color.fromColors(css.Select(Color.fromString));
}
