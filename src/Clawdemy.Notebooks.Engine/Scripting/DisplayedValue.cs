using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Scripting;

/// <summary>
/// A value shown by <c>display(x)</c>; <see cref="Update"/> replaces that output in place, also when called from a
/// later cell (a Jupyter front end applies the update to every output with its display id).
/// </summary>
public sealed class DisplayedValue
{
    private readonly string[] _mimeTypes;

    internal DisplayedValue(string displayId, string[] mimeTypes)
    {
        DisplayId = displayId;
        _mimeTypes = mimeTypes;
    }

    /// <summary>The id that names the output, the <c>transient.display_id</c> of Jupyter's display messages.</summary>
    public string DisplayId { get; }

    /// <summary>Shows another value in the place of the displayed one.</summary>
    /// <param name="value">The new value.</param>
    public void Update(object? value) => CellContext.Update(DisplayId, value, _mimeTypes);
}
