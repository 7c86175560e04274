using Clawdemy.Notebooks.Engine.Execution;
using Microsoft.DotNet.Interactive.Formatting.TabularData;

namespace Clawdemy.Notebooks.Engine.Scripting;

/// <summary><c>x.Display()</c>, <c>"…".DisplayAs(mime)</c> and <c>items.DisplayTable()</c>, as in Polyglot Notebooks.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows the value as an output of the running cell.</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) => CellContext.Display(value, mimeTypes);

    /// <summary>Shows text as the given MIME type, such as "text/html" or "text/markdown".</summary>
    public static DisplayedValue DisplayAs(this string value, string mimeType) => CellContext.DisplayAs(value, mimeType);

    /// <summary>Shows a sequence as a table, one column per member of its items, as text/html and text/csv.</summary>
    public static DisplayedValue DisplayTable<T>(this IEnumerable<T>? value, params string[] mimeTypes) =>
        value is null ? CellContext.Display(null, mimeTypes) : CellContext.Display(value.ToTabularDataResource(), mimeTypes);
}
