using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Tests.Plotly;

public class PlotlySetsTests
{
    private static JsonNode Json(Figure figure) => JsonNode.Parse(figure.ToJson())!;

    [Theory]
    [InlineData(ScatterMode.Lines, "lines")]
    [InlineData(ScatterMode.Markers, "markers")]
    [InlineData(ScatterMode.Lines | ScatterMode.Markers, "lines+markers")]
    [InlineData(ScatterMode.Lines | ScatterMode.Markers | ScatterMode.Text, "lines+markers+text")]
    [InlineData(ScatterMode.None, "none")]
    public void A_scatter_mode_is_written_as_plotly_flag_list(ScatterMode mode, string written)
    {
        Assert.Equal(written, (string?)Json(Figure.Of(new ScatterTrace { X = new[] { 0.0 }, Y = new[] { 0.0 }, Mode = mode }))["data"]![0]!["mode"]);
    }

    [Theory]
    [InlineData(BarMode.Group, "group")]
    [InlineData(BarMode.Stack, "stack")]
    [InlineData(BarMode.Overlay, "overlay")]
    [InlineData(BarMode.Relative, "relative")]
    public void A_bar_mode_is_written_in_lower_case_as_plotly_names_it(BarMode mode, string written)
    {
        var figure = Figure.Of(new BarTrace { X = new[] { "a" }, Y = new[] { 1.0 } });
        figure.Layout.BarMode = mode;
        Assert.Equal(written, (string?)Json(figure)["layout"]!["barmode"]);
    }

    [Fact]
    public void A_bar_mode_left_unset_is_left_to_plotly()
    {
        Assert.Null(Json(Figure.Of(new BarTrace { X = new[] { "a" }, Y = new[] { 1.0 } }))["layout"]!["barmode"]);
    }
}
