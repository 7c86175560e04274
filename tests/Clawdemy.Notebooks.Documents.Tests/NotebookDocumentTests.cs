namespace Clawdemy.Notebooks.Documents.Tests;

public class NotebookDocumentTests
{
    [Theory]
    [InlineData("roundtrip.ipynb")]
    [InlineData("succeed.ipynb")]
    [InlineData("display.ipynb")]
    public void Reading_then_writing_an_unchanged_notebook_gives_back_the_same_bytes(string name)
    {
        var path = Fixtures.Path(name);
        Assert.Equal(File.ReadAllText(path), NotebookDocument.Load(path).ToJson());
    }

    [Fact]
    public void Unknown_metadata_is_kept()
    {
        var document = Fixtures.Load("roundtrip.ipynb");
        Assert.Equal("me", (string?)document.Metadata["custom_tool"]?["keep"]);
        Assert.Contains("\"custom_tool\"", document.ToJson());
        Assert.Contains("\"attachments\": {}", document.ToJson());
    }

    [Fact]
    public void Cells_without_an_id_get_a_fresh_unique_one()
    {
        var document = Fixtures.Load("no-ids.ipynb");
        Assert.Equal([0, 1], document.CellsGivenIds);
        Assert.All(document.Cells, c => Assert.Matches("^[0-9a-f]{8}$", c.Id));
        Assert.NotEqual(document.Cells[0].Id, document.Cells[1].Id);
    }

    [Fact]
    public void A_notebook_older_than_4_5_keeps_its_minor_version_and_is_written_without_ids()
    {
        var path = Fixtures.Path("nbformat40.ipynb");
        var document = NotebookDocument.Load(path);
        Assert.Equal(0, document.NbFormatMinor);
        Assert.Equal([0, 1, 2], document.CellsGivenIds);
        Assert.Equal(3, document.Cells.Select(c => c.Id).Distinct().Count()); // ids in memory, for messages and checks
        Assert.Equal(File.ReadAllText(path), document.ToJson());
        var executed = document.WithCells(document.Cells.Select(c => c.CellType == "code" ? c.WithOutputs([CellOutput.Stream("stdout", "x")], 1) : c));
        Assert.DoesNotContain("\"id\"", executed.ToJson());
        Assert.Contains("\"nbformat_minor\": 0", executed.ToJson());
    }

    [Fact]
    public void A_notebook_that_is_not_utf8_is_refused_with_the_byte_and_its_offset()
    {
        var path = Fixtures.Path("latin1.ipynb");
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load(path));
        var offset = Array.IndexOf(File.ReadAllBytes(path), (byte)0xE9);
        Assert.Equal($"{path}: not valid UTF-8 (byte 0xE9 at offset {offset}); notebooks are UTF-8, so save it again as UTF-8", error.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_read_past()
    {
        var path = Fixtures.Path("roundtrip.ipynb");
        var withBom = Path.Combine(RepoPaths.TempFolder(), "bom.ipynb");
        File.WriteAllBytes(withBom, [.. System.Text.Encoding.UTF8.Preamble, .. File.ReadAllBytes(path)]);
        Assert.Equal(File.ReadAllText(path), NotebookDocument.Load(withBom).ToJson());
    }

    [Fact]
    public void Duplicate_ids_are_listed_one_line_each()
    {
        var text = File.ReadAllText(Fixtures.Path("roundtrip.ipynb"));
        var document = NotebookDocument.Parse(text, "dup.ipynb");
        var ids = document.Cells.Select(c => c.Id).ToArray();
        Assert.Empty(document.DuplicateIds());
        var duplicated = NotebookDocument.Parse(text.Replace($"\"id\": \"{ids[1]}\"", $"\"id\": \"{ids[0]}\""), "dup.ipynb");
        Assert.Equal([$"dup.ipynb cell 2: id \"{ids[0]}\" is already used by cell 1"], duplicated.DuplicateIds());
    }

    [Fact]
    public void Saved_outputs_are_read()
    {
        var cell = Fixtures.Load("roundtrip.ipynb").Cells[1];
        Assert.Equal(1, cell.ExecutionCount);
        Assert.Equal("hi\n", cell.Outputs[0].Text);
        Assert.Equal("<b>x</b>", cell.Outputs[1].Data["text/html"]);
    }

    [Fact]
    public void Adding_outputs_returns_a_new_document_and_leaves_the_original_alone()
    {
        var document = Fixtures.Load("succeed.ipynb");
        var before = document.ToJson();
        var changed = document.WithCells(document.Cells.Select(c => c.CellType == "code" ? c.WithOutputs([CellOutput.Stream("stdout", "a\nb")], 7) : c));
        Assert.Equal(before, document.ToJson());
        Assert.Contains("\"execution_count\": 7", changed.ToJson());
        Assert.Contains("\"a\\n\",\n      \"b\"", changed.ToJson());
    }

    [Fact]
    public void An_executed_notebook_is_written_in_vscode_shape()
    {
        var document = Fixtures.Load("succeed.ipynb");
        var executed = document.WithCells(document.Cells.Select(c => c.CellType == "code"
            ? c.WithOutputs([CellOutput.Stream("stdout", "x is 20\n"), CellOutput.Display(new Dictionary<string, string> { ["text/plain"] = "21" }), CellOutput.Error("(1,1): error CS0103: x")], c.Number)
            : c));
        Golden.Verify(executed.ToJson(), "ipynb");
    }

    [Theory]
    [InlineData("not-json.ipynb", "not valid JSON at line 1")]
    [InlineData("truncated.ipynb", "not valid JSON")]
    [InlineData("nbformat3.ipynb", "nbformat 3 is not supported")]
    [InlineData("no-cells.ipynb", "field \"cells\" is missing")]
    [InlineData("no-source.ipynb", "cell 2: field \"source\" is missing")]
    [InlineData("missing.ipynb", "no such file")]
    public void Malformed_input_gets_a_one_line_error_naming_the_file(string name, string expected)
    {
        var path = Fixtures.Path(name);
        var error = Assert.Throws<NotebookFormatException>(() => NotebookDocument.Load(path));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith(path, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("1", """{}""", "1")]
    [InlineData("<b>hi</b>", """{"polyglot_notebook":{"kernelName":"html"}}""", "#!html\n<b>hi</b>")]
    [InlineData("#!html\n<b>hi</b>", """{"polyglot_notebook":{"kernelName":"html"}}""", "#!html\n<b>hi</b>")]
    [InlineData("#!time\n1", """{"polyglot_notebook":{"kernelName":"javascript"}}""", "#!javascript\n#!time\n1")]
    [InlineData("# Title", """{"dotnet_interactive":{"language":"markdown"}}""", "#!markdown\n# Title")]
    public void A_cell_is_submitted_behind_the_name_of_the_kernel_its_metadata_gives_unless_it_is_csharp_or_names_its_own(string source, string metadata, string expected)
    {
        var json = $$"""{"cells":[{"cell_type":"code","id":"a","metadata":{{metadata}},"outputs":[],"source":{{System.Text.Json.JsonSerializer.Serialize(source)}}}],"metadata":{},"nbformat":4,"nbformat_minor":5}""";
        Assert.Equal(expected, NotebookDocument.Parse(json, "x.ipynb").Cells[0].Submission);
    }

    [Fact]
    public void Missing_metadata_defaults_to_the_csharp_kernel()
    {
        var document = NotebookDocument.Parse("""{"cells":[{"cell_type":"code","id":"a","metadata":{},"outputs":[],"source":"1"}],"metadata":{},"nbformat":4,"nbformat_minor":5}""", "x.ipynb");
        Assert.Equal("csharp", document.Cells[0].KernelName);
    }

    [Theory]
    [InlineData("#!markdown\n# hi", """{"polyglot_notebook":{"kernelName":"csharp"}}""", "markdown")]
    [InlineData("1", """{"polyglot_notebook":{"kernelName":"fsharp"},"dotnet_interactive":{"language":"csharp"}}""", "fsharp")]
    [InlineData("1", """{"dotnet_interactive":{"language":"pwsh"}}""", "pwsh")]
    [InlineData("#!time\n1", """{}""", "csharp")]
    public void The_first_line_wins_then_polyglot_metadata_then_dotnet_interactive(string source, string metadata, string expected)
    {
        var json = $$"""{"cells":[{"cell_type":"code","id":"a","metadata":{{metadata}},"outputs":[],"source":{{System.Text.Json.JsonSerializer.Serialize(source)}}}],"metadata":{},"nbformat":4,"nbformat_minor":5}""";
        Assert.Equal(expected, NotebookDocument.Parse(json, "x.ipynb").Cells[0].KernelName);
    }

    [Fact]
    public void Saving_writes_atomically_and_leaves_no_temporary_file()
    {
        var folder = RepoPaths.TempFolder();
        var target = Path.Combine(folder, "out.ipynb");
        Fixtures.Load("succeed.ipynb").Save(target);
        Assert.Equal(File.ReadAllText(Fixtures.Path("succeed.ipynb")), File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(folder));
    }
}
