using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Tests.Charts;

public class PlotsTests
{
    public static TheoryData<string> PlotNames() => new(LessonPlots.All().Keys);

    private static JsonNode Json(Figure figure) => JsonNode.Parse(figure.ToJson())!;

    [Theory]
    [MemberData(nameof(PlotNames))]
    public void Each_lesson_plot_matches_its_approved_plotly_json(string name)
    {
        var json = Json(LessonPlots.All()[name]).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Golden.Verify(json + "\n", "json", test: $"Each_lesson_plot_matches_its_approved_plotly_json.{name}");
    }

    [Fact]
    public void The_same_figure_always_gives_the_same_json()
    {
        Assert.Equal(Plots.BiasSlider().ToJson(), Plots.BiasSlider().ToJson());
    }

    [Fact]
    public void The_activation_plot_draws_one_named_curve_per_activation()
    {
        var data = Json(Plots.Activations())["data"]!.AsArray();
        Assert.Equal(5, data.Count);
        Assert.Equal("Sigmoid: 1 / (1 + e^-z)", (string?)data[0]!["name"]);
        // sigmoid(0) = 0.5, at the middle of the z range -6..6.
        Assert.Equal(0.5, (double)data[0]!["y"]![60]!);
    }

    [Fact]
    public void The_bias_slider_has_a_step_per_bias_that_restyles_the_moving_curve()
    {
        var slider = Json(Plots.BiasSlider())["layout"]!["sliders"]![0]!;
        var steps = slider["steps"]!.AsArray();
        Assert.Equal(17, steps.Count); // -4 to 4 in steps of 0.5
        Assert.Equal(8, (int)slider["active"]!); // b = 0
        Assert.Equal("restyle", (string?)steps[0]!["method"]);
        Assert.Equal(1, (int)steps[0]!["args"]![1]![0]!);
        // At x = 0 with b = -4: sigmoid(-4) = 0.0180 (closed form, rounded to 4 places).
        Assert.Equal(0.018, (double)steps[0]!["args"]![0]!["y"]![0]![60]!);
    }

    [Fact]
    public void The_contributions_waterfall_floats_each_bar_on_the_running_sum()
    {
        var bar = Json(Plots.Contributions(LessonPlots.LessonNeuron.Trace(LessonPlots.LessonInputs)))["data"]![0]!;
        // The worked example: contributions 0.15, -0.16, 0.1, bias 0.1, and z = 0.19 from zero.
        Assert.Equal([0.15, -0.16, 0.1, 0.1, 0.19], bar["y"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([0.0, 0.15, -0.01, 0.09, 0.0], bar["base"]!.AsArray().Select(v => (double)v!));
    }

    [Fact]
    public void The_parameter_bars_read_the_lesson_counts()
    {
        var data = Json(Plots.ParametersPerLayer(NetworkShape.Parse("784-16-16-10")))["data"]!;
        Assert.Equal(["12,560", "272", "170"], data[1]!["text"]!.AsArray().Select(v => (string?)v));
        Assert.Contains("13,002", Json(Plots.ParametersPerLayer(NetworkShape.Parse("784-16-16-10")))["layout"]!["title"]!["text"]!.ToString());
    }

    [Fact]
    public void A_picture_draws_row_zero_at_the_top_with_square_pixels()
    {
        var layout = Json(Plots.Picture(LessonPlots.TopBar.Weights, "t"))["layout"]!;
        Assert.Equal("reversed", (string?)layout["yaxis"]!["autorange"]);
        Assert.Equal("x", (string?)layout["yaxis"]!["scaleanchor"]);
    }

    [Fact]
    public void A_line_needs_one_y_per_x()
    {
        var error = Assert.Throws<ArgumentException>(() => Plots.Line([1, 2], [1], "t"));
        Assert.Contains("2 x values but 1 y values", error.Message);
    }
}
