namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// The cell tags a handout honours, named as Jupyter Book and nbconvert's TagRemovePreprocessor name them: a tagged
/// cell is left out, shows only its outputs, shows only its code, or shows its code folded behind "Show code".
/// </summary>
public static class CellTags
{
    /// <summary>Leave the whole cell out of the handout (the course's setup cells carry it).</summary>
    public const string RemoveCell = "remove-cell";

    /// <summary>Show a code cell's outputs without its code.</summary>
    public const string RemoveInput = "remove-input";

    /// <summary>Show a code cell's code without its outputs.</summary>
    public const string RemoveOutput = "remove-output";

    /// <summary>Fold a code cell's code behind a "Show code" toggle; its outputs show as usual.</summary>
    public const string HideInput = "hide-input";
}
