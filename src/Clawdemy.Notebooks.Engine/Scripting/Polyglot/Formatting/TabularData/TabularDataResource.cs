namespace Microsoft.DotNet.Interactive.Formatting.TabularData;

/// <summary>
/// A table made from a sequence (<c>DisplayTable()</c>): one column per public property or field of the items, one row
/// per item. It shows as an HTML table and as CSV.
/// </summary>
[TypeFormatterSource(typeof(TabularDataFormatterSource), PreferredMimeTypes = ["text/html", "text/csv"])]
public sealed class TabularDataResource
{
    internal TabularDataResource(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows: one value per column.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }
}
