using System.Text.Json;

namespace Clawdemy.Notebooks.Testing;

/// <summary>Small notebooks written on the fly from cell sources, for tests whose cells are the point of the test.</summary>
public static class TestNotebooks
{
    /// <summary>Writes a Polyglot C# notebook of code cells into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string name, params string[] cells)
    {
        var path = Path.Combine(folder, name);
        var json = string.Join(",", cells.Select((source, i) =>
            $$"""{"cell_type":"code","execution_count":null,"id":"{{i:x8}}","metadata":{},"outputs":[],"source":{{JsonSerializer.Serialize(source)}}}"""));
        File.WriteAllText(path, $$$"""{"cells":[{{{json}}}],"metadata":{"kernelspec":{"name":".net-csharp"}},"nbformat":4,"nbformat_minor":5}""");
        return path;
    }
}
