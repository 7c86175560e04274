using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Tests.Charts;

public class PlotsTests
{
    public static TheoryData<string> PlotNames() => new(LessonPlots.All().Keys);

    private static JsonNode Json(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;

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
        Assert.Equal(GenericChart.toFigureJson(Plots.BiasSlider()), GenericChart.toFigureJson(Plots.BiasSlider()));
    }

    [Fact]
    public void The_activation_plot_draws_one_named_curve_per_activation()
    {
        var data = Json(Plots.ActivationCurves())["data"]!.AsArray();
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

    [Fact]
    public void After_any_move_the_weight_slider_colours_the_moving_bar_by_its_sign_and_names_the_activation()
    {
        var steps = Json(Plots.WeightSlider(LessonPlots.LessonNeuron, LessonPlots.LessonInputs, weight: 2))["layout"]!["sliders"]![0]!["steps"]!.AsArray();
        foreach (var step in steps)
        {
            var w = double.Parse((string)step!["label"]!, System.Globalization.CultureInfo.InvariantCulture);
            var colours = step["args"]![0]!["marker.color"]![0]!.AsArray().Select(c => (string?)c).ToArray();
            // x2·w2 = 0.8·w: blue when it adds (w ≥ 0), red when it takes away.
            Assert.Equal(w >= 0 ? Colors.Positive : Colors.Negative, colours[1]);
            Assert.Equal("update", (string?)step["method"]);
            Assert.StartsWith("Sigmoid(z) = ", (string?)step["args"]![1]!["annotations[0].text"]);
        }
    }

    [Fact]
    public void The_weight_slider_names_the_activation_before_any_move()
    {
        var layout = Json(Plots.WeightSlider(LessonPlots.LessonNeuron, LessonPlots.LessonInputs, weight: 2))["layout"]!;
        // The lesson's neuron: sigmoid(0.19) = 0.5474.
        Assert.Equal("Sigmoid(z) = 0.5474", (string?)layout["annotations"]![0]!["text"]);
        Assert.Contains("Sigmoid(z)", (string?)layout["title"]!["text"]);
    }

    [Fact]
    public void The_weighted_sum_waterfall_and_slider_show_no_bias_and_no_squish()
    {
        var inputs = Vector<double>.Build.DenseOfArray(LessonPlots.LessonInputs);
        var weights = LessonPlots.LessonNeuron.Weights;
        var waterfall = Json(Plots.Contributions(inputs, weights));
        // 0.15 - 0.16 + 0.1 = 0.09, the lesson's weighted sum.
        Assert.Equal(["x1·w1", "x2·w2", "x3·w3", "w·x"], waterfall["data"]![0]!["x"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(0.09, (double)waterfall["data"]![0]!["y"]![3]!, Tolerances.FourPlaces);
        var slider = GenericChart.toFigureJson(Plots.WeightSlider(inputs, weights, weight: 2));
        Assert.DoesNotContain("Sigmoid", slider + waterfall.ToJsonString());
        Assert.DoesNotContain("bias", slider + waterfall.ToJsonString());
    }

    [Theory]
    [InlineData(new[] { "Sigmoid" }, "Sigmoid: f(z) = 1 / (1 + e^-z)", -0.1, 1.1)]  // sigmoid runs 0..1: the whole S with 0.1 around it
    [InlineData(new[] { "Sigmoid", "ReLU" }, "Sigmoid and ReLU compared", -0.1, 2.0)] // ReLU is cut at 2 so the S keeps half the height
    [InlineData(new[] { "Sigmoid", "ReLU", "Tanh", "LeakyReLU", "Step" }, "5 activation functions compared", -1.1, 2.0)] // tanh reaches -1
    public void The_activation_chart_is_titled_by_what_it_draws_and_its_y_range_shows_the_s(string[] names, string title, double low, double high)
    {
        var layout = Json(Plots.ActivationCurves(names.Select(Activations.Named).ToArray()))["layout"]!;
        Assert.Equal(title, (string?)layout["title"]!["text"]);
        Assert.Equal(low, (double)layout["yaxis"]!["range"]![0]!, Tolerances.FourPlaces);
        Assert.Equal(high, (double)layout["yaxis"]!["range"]![1]!, Tolerances.FourPlaces);
    }

    [Fact]
    public void A_confusion_view_counts_each_answer_per_true_digit()
    {
        var network = Network.Random("784-16-16-10", seed: 1);
        var counts = network.Confusion(LessonPlots.Sample);
        Assert.Equal(LessonPlots.Sample.Count, counts.Sum(row => row.Sum()));
        Assert.Equal(LessonPlots.Sample.OfLabel(3).Count, counts[3].Sum());
        var figure = Json(Plots.Confusion(network, LessonPlots.Sample, "A"));
        Assert.Equal("reversed", (string?)figure["layout"]!["yaxis"]!["autorange"]);
        Assert.Equal(10, figure["data"]![0]!["z"]!.AsArray().Count);
    }

    [Fact]
    public void The_digit_accuracy_chart_draws_each_digits_share_right_in_percent_and_the_overall_accuracy_in_its_title()
    {
        var answers = LessonPlots.Trained.AnswersOn(LessonPlots.FirstHundred, "seed 7");
        var figure = Json(Plots.DigitAccuracy(answers));

        var bars = figure["data"]![0]!["y"]!.AsArray().Select(v => (double)v!).ToArray();
        Assert.Equal(answers.ByDigit().Select(a => Math.Round(100 * a.Fraction, 1)), bars);
        Assert.Equal(answers.ByDigit().Select(a => a.ToString()), figure["data"]![0]!["text"]!.AsArray().Select(v => (string?)v));
        Assert.Equal($"seed 7: {answers.Accuracy} right, digit by digit", (string?)figure["layout"]!["title"]!["text"]);
    }

    [Fact]
    public void The_disagreement_chart_draws_each_shown_digit_with_its_label_and_both_answers()
    {
        var first = LessonPlots.Trained.AnswersOn(LessonPlots.FirstHundred, "seed 7");
        var second = LessonPlots.Trained.WithLayerScaled(layer: 1, factor: 0.2).AnswersOn(LessonPlots.FirstHundred, "shrunk");
        var disagreement = Disagreement.Between(first, second);
        var figure = Json(Plots.Disagreement(disagreement));

        Assert.Equal(3, figure["data"]!.AsArray().Count);
        Assert.Equal(disagreement.Shown.Select(d => $"a {d.Digit.Label}: {d.FirstAnswer} vs {d.SecondAnswer}"),
            figure["layout"]!["annotations"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Contains($"{disagreement.Count} of 100 digits answered differently", (string?)figure["layout"]!["title"]!["text"]);
    }

    [Fact]
    public void Two_networks_that_agree_everywhere_give_a_disagreement_chart_with_its_title_alone()
    {
        var answers = LessonPlots.Trained.AnswersOn(LessonPlots.FirstHundred, "seed 7");
        var figure = Json(Plots.Disagreement(Disagreement.Between(answers, LessonPlots.Trained.AnswersOn(LessonPlots.FirstHundred, "again"))));

        Assert.Empty(figure["data"]!.AsArray());
        Assert.Contains("0 of 100 digits", (string?)figure["layout"]!["title"]!["text"]);
    }
}
