namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// Where a running cell's outputs go, as they happen: a collecting sink for a saved notebook, or a Jupyter kernel's
/// iopub channel. Calls may come from any thread the cell started, also after the cell has ended.
/// </summary>
public interface ICellOutputs
{
    /// <summary>Text written to Console.Out ("stdout") or Console.Error ("stderr").</summary>
    void WriteStream(string name, string text);

    /// <summary>A value shown with <c>display(x)</c>; <paramref name="displayId"/> names it for later updates.</summary>
    void Display(IReadOnlyDictionary<string, string> data, string displayId);

    /// <summary>A new value for the output shown under <paramref name="displayId"/>, possibly by an earlier cell.</summary>
    void UpdateDisplay(IReadOnlyDictionary<string, string> data, string displayId);

    /// <summary>The value of the cell's trailing expression.</summary>
    void Result(IReadOnlyDictionary<string, string> data);
}
