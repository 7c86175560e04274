using System.Collections;
using System.Reflection;
using Clawdemy.Notebooks.Engine.Execution;

namespace Microsoft.DotNet.Interactive.Formatting.TabularData;

/// <summary>Makes a <see cref="TabularDataResource"/> from a sequence.</summary>
public static class TabularDataResourceFormatter
{
    /// <summary>The table of <paramref name="source"/>: columns from the items' members (or keys, for dictionaries), in first-seen order.</summary>
    /// <param name="source">The items.</param>
    public static TabularDataResource ToTabularDataResource<T>(this IEnumerable<T> source)
    {
        var columns = new List<string>();
        var records = new List<Dictionary<string, object?>>();
        foreach (var item in source)
        {
            var record = Destructure(item);
            foreach (var key in record.Keys.Where(k => !columns.Contains(k))) columns.Add(key);
            records.Add(record);
        }

        var rows = records.Select(r => (IReadOnlyList<object?>)columns.Select(c => r.GetValueOrDefault(c)).ToArray()).ToArray();
        return new TabularDataResource(columns, rows);
    }

    private static Dictionary<string, object?> Destructure(object? item)
    {
        var record = new Dictionary<string, object?>();
        switch (item)
        {
            case null:
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                foreach (var (key, value) in pairs) record[key] = value;
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary) record[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? ""] = entry.Value;
                break;
            default:
                foreach (var member in ValueFormatter.MembersToFormat(item.GetType()))
                {
                    record[member.Name] = ValueFormatter.ValueOrException(member, item);
                }

                break;
        }

        return record;
    }
}
