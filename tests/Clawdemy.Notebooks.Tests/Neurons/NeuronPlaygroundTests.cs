using System.Text.RegularExpressions;

namespace Clawdemy.Notebooks.Tests.Neurons;

public class NeuronPlaygroundTests
{
    private static readonly Neuron LessonNeuron = new([0.3, -0.2, 0.5], bias: 0.1, Activations.Sigmoid);

    private static string Html() => LessonNeuron.Playground(0.5, 0.8, 0.2).ToHtmlFragment();

    [Fact]
    public void The_markup_keeps_the_contract_a_container_seven_named_inputs_a_squish_select_and_an_output_a()
    {
        var html = Html();
        Assert.Matches("<div class=\"clawdemy-playground\" id=\"[^\"]+\" data-neuron-playground", html);
        foreach (var name in new[] { "x1", "x2", "x3", "w1", "w2", "w3", "b" })
        {
            Assert.Matches($"<input type=\"number\" name=\"{name}\"", html);
        }

        Assert.Contains("<select name=\"activation\">", html);
        Assert.Contains("<option value=\"Sigmoid\" selected>", html);
        Assert.Contains("<option value=\"ReLU\">", html);
        Assert.Matches("<output name=\"a\">[^<]*</output>", html);
    }

    [Fact]
    public void It_starts_at_the_lesson_numbers_before_any_script_runs()
    {
        var html = Html();
        // The worked example: products 0.15, -0.16, 0.1; w·x = 0.09; z = 0.19; sigmoid(0.19) = 0.5474.
        Assert.Contains("<input type=\"number\" name=\"w2\" value=\"-0.2\"", html);
        Assert.Contains("<output name=\"c2\">-0.16</output>", html);
        Assert.Contains("<output name=\"sum\">0.09</output>", html);
        Assert.Contains("<output name=\"z\">0.19</output>", html);
        Assert.Contains("<output name=\"a\">0.5474</output>", html);
    }

    [Fact]
    public void Its_own_script_wires_events_without_inline_handlers_or_javascript_urls_and_draws_the_waterfall()
    {
        var html = Html();
        Assert.Contains("addEventListener('input'", html);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), Regex.Replace(html, "<script[^>]*>.*?</script>", "", RegexOptions.Singleline));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("class=\"clawdemy-figure\"", html);
        Assert.Contains("Plotly.newPlot", html);
    }

    [Fact]
    public void A_squish_the_playground_does_not_offer_is_refused_with_the_choices()
    {
        var error = Assert.Throws<ArgumentException>(() => LessonNeuron.WithActivation(Activations.Tanh).Playground(0.5, 0.8, 0.2));
        Assert.Contains("Sigmoid and ReLU", error.Message);
    }

    [Fact]
    public void It_renders_as_html_through_the_kernel_convention()
    {
        var writer = new StringWriter();
        Assert.True(new HtmlFormatter().Format(LessonNeuron.Playground(0.5, 0.8, 0.2), writer));
        Assert.Contains("data-neuron-playground", writer.ToString());
    }
}
