namespace Clawdemy.Notebooks.Plotly;

/// <summary>One stop of a slider: its label and the plotly.js call it makes ("restyle" with new data for some traces).</summary>
public sealed class SliderStep
{
    /// <summary>The label under the stop.</summary>
    public string Label { get; set; } = "";

    /// <summary>What choosing the step calls in plotly.js: restyle unless set.</summary>
    public SliderMethod Method { get; set; } = SliderMethod.Restyle;

    /// <summary>The call's arguments: for restyle, an object of new attribute values and the indexes of the traces.</summary>
    public object[] Args { get; set; } = [];

    /// <summary>A step that gives the traces at <paramref name="traceIndexes"/> new values of some attributes.</summary>
    /// <param name="label">The stop's label.</param>
    /// <param name="attributes">Attribute name to one value per trace, such as "y" to one array of y values per trace.</param>
    /// <param name="traceIndexes">The traces to change.</param>
    /// <returns>The step.</returns>
    public static SliderStep Restyle(string label, IReadOnlyDictionary<string, object> attributes, params int[] traceIndexes) => new()
    {
        Label = label,
        Method = SliderMethod.Restyle,
        Args = [attributes, traceIndexes],
    };

    /// <summary>A step that gives the traces at <paramref name="traceIndexes"/> new y values.</summary>
    /// <param name="label">The stop's label.</param>
    /// <param name="ys">The new y values, one array per trace.</param>
    /// <param name="traceIndexes">The traces to change.</param>
    /// <returns>The step.</returns>
    public static SliderStep RestyleY(string label, IReadOnlyList<double[]> ys, params int[] traceIndexes) =>
        Restyle(label, new Dictionary<string, object> { ["y"] = ys }, traceIndexes);

    /// <summary>A step that gives the traces at <paramref name="traceIndexes"/> new values and changes the layout too (such as a note's text).</summary>
    /// <param name="label">The stop's label.</param>
    /// <param name="attributes">Attribute name to one value per trace.</param>
    /// <param name="layout">Layout attribute paths, such as "annotations[0].text", to their new values.</param>
    /// <param name="traceIndexes">The traces to change.</param>
    /// <returns>The step, with plotly.js method "update".</returns>
    public static SliderStep Update(string label, IReadOnlyDictionary<string, object> attributes, IReadOnlyDictionary<string, object> layout, params int[] traceIndexes) => new()
    {
        Label = label,
        Method = SliderMethod.Update,
        Args = [attributes, layout, traceIndexes],
    };
}
