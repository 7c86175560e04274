using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Scripting;

/// <summary><c>x.Display()</c> and <c>"…".DisplayAs(mime)</c>, as in Polyglot Notebooks.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows the value as an output of the running cell.</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) => CellContext.Display(value, mimeTypes);

    /// <summary>Shows text as the given MIME type, such as "text/html" or "text/markdown".</summary>
    public static DisplayedValue DisplayAs(this string value, string mimeType) => CellContext.DisplayAs(value, mimeType);
}
