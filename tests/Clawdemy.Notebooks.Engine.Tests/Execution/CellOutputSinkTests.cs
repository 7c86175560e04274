using System.Text;
using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

public class CellOutputSinkTests
{
    [Fact]
    public void The_cap_counts_utf8_bytes_as_max_output_says_not_characters()
    {
        var sink = new CellOutputSink(maxOutputBytes: 1000);
        sink.WriteStream("stdout", new string('é', 800)); // 1,600 bytes in UTF-8: two per character
        var outputs = sink.ToOutputs();
        var kept = outputs[0].Text;
        Assert.Equal(500, kept.Length);
        Assert.Equal(1000, Encoding.UTF8.GetByteCount(kept));
        Assert.Contains("output cut", outputs[^1].Text);
    }

    [Fact]
    public void A_cut_never_splits_a_character_of_two_utf16_units()
    {
        var sink = new CellOutputSink(maxOutputBytes: 6);
        sink.WriteStream("stdout", "🧠🧠🧠"); // four bytes each
        var kept = sink.ToOutputs()[0].Text;
        Assert.Equal("🧠", kept);
    }

    [Fact]
    public void An_update_replaces_the_display_with_that_id_in_place()
    {
        var sink = new CellOutputSink(maxOutputBytes: 1 << 20);
        sink.Display(new Dictionary<string, string> { ["text/plain"] = "first" }, "a");
        sink.WriteStream("stdout", "between\n");
        sink.UpdateDisplay(new Dictionary<string, string> { ["text/plain"] = "second" }, "a");
        var outputs = sink.ToOutputs();
        Assert.Equal("second", outputs[0].Data["text/plain"]);
        Assert.Equal("between\n", outputs[1].Text);
    }
}
