using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Documents;

/// <summary>
/// An nbformat 4 notebook as VS Code writes it. Reading then writing an unchanged notebook gives back the same bytes;
/// metadata we do not know is kept, and so is the minor version: a notebook older than 4.5 gains no cell ids (they are
/// not allowed there). A document is never changed in place: <see cref="WithCells"/> returns a new one.
/// </summary>
public sealed class NotebookDocument
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonObject _json;

    private NotebookDocument(JsonObject json, string path, IReadOnlyList<NotebookCell> cells, IReadOnlyList<int> cellsGivenIds)
    {
        _json = json;
        Path = path;
        Cells = cells;
        CellsGivenIds = cellsGivenIds;
    }

    /// <summary>Where the notebook was read from, as the user named it (used in messages and to resolve relative paths).</summary>
    public string Path { get; }

    /// <summary>The notebook's folder: the working directory of its code.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>
    /// Indexes of the cells that had no id when read and were given a fresh one: written out in an nbformat 4.5
    /// notebook (which requires ids), kept in memory only in an older one.
    /// </summary>
    public IReadOnlyList<int> CellsGivenIds { get; }

    /// <summary>The nbformat major version.</summary>
    public int NbFormat => (int?)_json["nbformat"] ?? 0;

    /// <summary>The nbformat minor version.</summary>
    public int NbFormatMinor => (int?)_json["nbformat_minor"] ?? 0;

    /// <summary>The notebook-level metadata (a copy).</summary>
    public JsonObject Metadata => (_json["metadata"] as JsonObject)?.DeepClone().AsObject() ?? [];

    /// <summary>The title: the first Markdown heading of level 1, or the file name.</summary>
    public string Title => Headings(1).FirstOrDefault() ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>Reads a notebook file, which must be UTF-8 (nbformat's encoding): other bytes are refused, never replaced.</summary>
    /// <exception cref="NotebookFormatException">When the file is missing, unreadable, not UTF-8 or not nbformat 4; one line naming the file.</exception>
    public static NotebookDocument Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new NotebookFormatException($"{path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new NotebookFormatException($"{path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{path}: cannot be read ({e.Message})");
        }

        return Parse(DecodeUtf8(bytes, path), path);
    }

    /// <summary>The text of UTF-8 bytes (a byte order mark dropped).</summary>
    /// <exception cref="NotebookFormatException">At the first byte that is not UTF-8, naming the file and its offset.</exception>
    public static string DecodeUtf8(byte[] bytes, string path)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? $"byte 0x{unknown[0]:X2}" : "a byte";
            var offset = e.Index >= 0 ? $" at offset {start + e.Index}" : "";
            throw new NotebookFormatException($"{path}: not valid UTF-8 ({bad}{offset}); notebooks are UTF-8, so save it again as UTF-8", e);
        }
    }

    /// <summary>Reads a notebook from its JSON text.</summary>
    /// <exception cref="NotebookFormatException">When the text is not nbformat 4 JSON; one line naming the file and the field.</exception>
    public static NotebookDocument Parse(string text, string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            var what = text.Length == 0 ? "the file is empty" : $"not valid JSON{where}";
            throw new NotebookFormatException($"{path}: {what}; is the file truncated or not a notebook?", e);
        }

        if (root is not JsonObject json) throw new NotebookFormatException($"{path}: not a notebook: the JSON is not an object with \"cells\"");
        var nbformat = json["nbformat"] is JsonValue nv && nv.TryGetValue<int>(out var n) ? n : (int?)null;
        if (nbformat is null) throw new NotebookFormatException($"{path}: field \"nbformat\" is missing or not a number; expected 4");
        if (nbformat != 4) throw new NotebookFormatException($"{path}: nbformat {nbformat} is not supported; expected nbformat 4 (save it again with Jupyter or VS Code to upgrade)");
        if (json["cells"] is not JsonArray cellArray) throw new NotebookFormatException($"{path}: field \"cells\" is missing or not an array");
        if (json["metadata"] is not null and not JsonObject) throw new NotebookFormatException($"{path}: field \"metadata\" is not an object");

        var minor = json["nbformat_minor"] is JsonValue mv && mv.TryGetValue<int>(out var m) ? m : 0;
        var cells = new List<NotebookCell>();
        var givenIds = new List<int>();
        var ids = new HashSet<string>(cellArray.OfType<JsonObject>().Select(c => (string?)c["id"]).OfType<string>());
        for (var i = 0; i < cellArray.Count; i++)
        {
            if (cellArray[i] is not JsonObject cell) throw new NotebookFormatException($"{path} cell {i + 1}: not a JSON object");
            var type = cell["cell_type"] is JsonValue tv && tv.TryGetValue<string>(out var t) ? t : null;
            if (type is not ("code" or "markdown" or "raw")) throw new NotebookFormatException($"{path} cell {i + 1}: field \"cell_type\" must be \"code\", \"markdown\" or \"raw\"");
            if (NotebookJson.JoinText(cell["source"]) is null) throw new NotebookFormatException($"{path} cell {i + 1}: field \"source\" is missing or not text");
            if (type == "code" && cell["outputs"] is not null and not JsonArray) throw new NotebookFormatException($"{path} cell {i + 1}: field \"outputs\" is not an array");
            if (cell["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out _))
            {
                givenIds.Add(i);
                if (minor < 5)
                {
                    cells.Add(new NotebookCell(cell, i, FreshId(ids)));
                    continue;
                }

                var fresh = cell.DeepClone().AsObject();
                fresh["id"] = FreshId(ids);
                cell = fresh;
            }

            cells.Add(new NotebookCell(cell, i));
        }

        return new NotebookDocument(json, path, cells, givenIds);
    }

    /// <summary>A new document with these cells and this notebook's other fields.</summary>
    public NotebookDocument WithCells(IEnumerable<NotebookCell> cells)
    {
        var list = cells.ToArray();
        return new NotebookDocument(_json, Path, list, CellsGivenIds);
    }

    /// <summary>The same notebook with every output and execution count cleared.</summary>
    public NotebookDocument WithoutOutputs() => WithCells(Cells.Select(c => c.WithoutOutputs()));

    /// <summary>The notebook as .ipynb text, in VS Code's shape.</summary>
    public string ToJson()
    {
        var json = _json.DeepClone().AsObject();
        json["cells"] = new JsonArray(Cells.Select(c => (JsonNode)c.ToJson()).ToArray());
        return NotebookJson.Write(json);
    }

    /// <summary>Writes the notebook atomically: to a temporary file beside the target, then renamed over it.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    /// <summary>
    /// Each cell whose id an earlier cell already has, as one line naming the file, the cell and the earlier cell
    /// (ids given when read are unique, so only ids written in the file can repeat).
    /// </summary>
    public IReadOnlyList<string> DuplicateIds() =>
        Cells.Where(c => !CellsGivenIds.Contains(c.Index)).GroupBy(c => c.Id).Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(c => $"{Path} cell {c.Number}: id \"{g.Key}\" is already used by cell {g.First().Number}"))
            .ToArray();

    /// <summary>The Markdown headings of the given level, in order.</summary>
    public IEnumerable<string> Headings(int level)
    {
        var prefix = new string('#', level) + " ";
        return Cells.Where(c => c.CellType == "markdown" || c.KernelName == Kernels.Markdown)
            .SelectMany(c => c.Source.Split('\n'))
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => l[prefix.Length..].Trim());
    }

    private static string FreshId(HashSet<string> taken)
    {
        while (true)
        {
            var id = Guid.NewGuid().ToString("N")[..8];
            if (taken.Add(id)) return id;
        }
    }
}
