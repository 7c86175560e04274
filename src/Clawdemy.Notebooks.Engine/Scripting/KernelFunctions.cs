using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Scripting;

/// <summary>The functions a Polyglot C# cell can call without a using: <c>display</c> and <c>HTML</c>.</summary>
public static class KernelFunctions
{
#pragma warning disable IDE1006 // lower-case names, as in Polyglot Notebooks
    /// <summary>Shows a value as an output of the running cell, now, and returns a handle to update it.</summary>
    /// <param name="value">The value.</param>
    /// <param name="mimeTypes">The MIME types to show it as; the default is the value's preferred one.</param>
    public static DisplayedValue display(object? value, params string[] mimeTypes) => CellContext.Display(value, mimeTypes);

    /// <summary>Raw HTML, shown as text/html.</summary>
    /// <param name="html">The markup.</param>
    public static HtmlString HTML(string html) => new(html);
#pragma warning restore IDE1006
}
