using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Documents;

/// <summary>
/// One cell of a notebook. It keeps the JSON it was read from, so that fields we do not know survive a round trip;
/// the <c>With…</c> methods return changed copies and never touch this one.
/// </summary>
public sealed class NotebookCell
{
    private readonly JsonObject _json;
    private readonly string? _assignedId;

    internal NotebookCell(JsonObject json, int index, string? assignedId = null)
    {
        _json = json;
        Index = index;
        _assignedId = assignedId;
    }

    /// <summary>The cell's position in the notebook, from 0.</summary>
    public int Index { get; }

    /// <summary>The cell's number as people count, from 1.</summary>
    public int Number => Index + 1;

    /// <summary>
    /// The nbformat 4.5 cell id; for a cell of an older notebook, which has none, one given when read and never written.
    /// </summary>
    public string Id => (string?)_json["id"] ?? _assignedId ?? "";

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => (string?)_json["cell_type"] ?? "";

    /// <summary>The cell's source text.</summary>
    public string Source => NotebookJson.JoinText(_json["source"]) ?? "";

    /// <summary>The cell's metadata (a copy).</summary>
    public JsonObject Metadata => (_json["metadata"] as JsonObject)?.DeepClone().AsObject() ?? [];

    /// <summary>
    /// The cell's tags (<c>metadata.tags</c>), such as "remove-cell" or "hide-input", as Jupyter front ends, Jupyter Book
    /// and nbconvert read them; empty when there are none. Entries that are not strings are skipped.
    /// </summary>
    public IReadOnlyList<string> Tags =>
        (_json["metadata"] as JsonObject)?["tags"] is JsonArray tags
            ? tags.OfType<JsonValue>().Select(t => t.TryGetValue<string>(out var tag) ? tag : null).OfType<string>().ToArray()
            : [];

    /// <summary>The saved outputs of a code cell.</summary>
    public IReadOnlyList<CellOutput> Outputs =>
        (_json["outputs"] as JsonArray)?.OfType<JsonObject>().Select(o => new CellOutput(o.DeepClone().AsObject())).ToArray() ?? [];

    /// <summary>The saved execution count, if any.</summary>
    public int? ExecutionCount => _json["execution_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;

    /// <summary>
    /// The kernel that runs this cell: a first line <c>#!name</c> wins, then <c>polyglot_notebook.kernelName</c>,
    /// then <c>dotnet_interactive.language</c>, else csharp. Markdown cells have the kernel "markdown".
    /// </summary>
    public string KernelName
    {
        get
        {
            if (CellType != "code") return CellType;
            var firstLine = Source.Split('\n', 2)[0].TrimEnd('\r');
            if (firstLine.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = firstLine[2..].Trim();
                if (Kernels.IsKernelName(name)) return Kernels.Canonical(name);
            }

            var metadata = _json["metadata"] as JsonObject;
            var polyglot = (string?)(metadata?["polyglot_notebook"] as JsonObject)?["kernelName"];
            if (!string.IsNullOrEmpty(polyglot)) return Kernels.Canonical(polyglot);
            var language = (string?)(metadata?["dotnet_interactive"] as JsonObject)?["language"];
            if (!string.IsNullOrEmpty(language)) return Kernels.Canonical(language);
            return Kernels.CSharp;
        }
    }

    /// <summary>
    /// The code as Polyglot submits it to the notebook's root kernel: the source itself for a C# cell or one whose first line
    /// names its kernel (<c>#!html</c>), else the source behind a first line <c>#!name</c> naming the kernel the cell's
    /// metadata gives, since Polyglot sends such a cell to that kernel.
    /// </summary>
    public string Submission
    {
        get
        {
            var kernel = KernelName;
            var firstLine = Source.Split('\n', 2)[0].TrimEnd('\r');
            var namesItsKernel = firstLine.StartsWith("#!", StringComparison.Ordinal) && Kernels.IsKernelName(firstLine[2..].Trim());
            return kernel == Kernels.CSharp || namesItsKernel ? Source : $"#!{kernel}\n{Source}";
        }
    }

    /// <summary>This cell with new outputs and execution count.</summary>
    public NotebookCell WithOutputs(IEnumerable<CellOutput> outputs, int? executionCount)
    {
        var json = _json.DeepClone().AsObject();
        json["outputs"] = new JsonArray(outputs.Select(o => (JsonNode)o.ToJson()).ToArray());
        json["execution_count"] = executionCount;
        return new NotebookCell(json, Index, _assignedId);
    }

    /// <summary>This cell with no outputs and no execution count (code cells only).</summary>
    public NotebookCell WithoutOutputs() => CellType == "code" ? WithOutputs([], null) : this;

    internal JsonObject ToJson() => _json.DeepClone().AsObject();
}
