using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Cli.Course;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Course.Tests;

public class CourseTests(CourseRun course) : IClassFixture<CourseRun>
{
    public static TheoryData<string> Notebooks() => new(CourseRun.Paths().Select(Path.GetFileName)!);

    private NotebookRunResult ResultOf(string name) => course.Results.Single(r => Path.GetFileName(r.Document.Path) == name);

    private static NotebookDocument Load(string name) => NotebookDocument.Load(RepoPaths.Combine("notebooks", name));

    [Fact]
    public void The_course_has_notebooks_00_to_07_in_order()
    {
        Assert.Equal(
            ["00_start_here", "01_weighted_sum", "02_bias", "03_squish", "04_one_neuron", "05_pixel_template", "06_counting_parameters", "07_behaviour_in_parameters"],
            CourseRun.Paths().Select(Path.GetFileNameWithoutExtension));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_passes_the_check(string name)
    {
        Assert.Empty(CourseRules.Check(Load(name)));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_tells_polyglot_and_jupyter_front_ends_that_it_is_csharp(string name)
    {
        var path = RepoPaths.Combine("notebooks", name);
        var metadata = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!["metadata"]!;
        // Polyglot picks a notebook by its kernelspec name; VS Code's ipynb serializer reads language_info.name first for highlighting.
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]?["name"]);
        Assert.Equal("C#", (string?)metadata["language_info"]?["name"]);
        Assert.Equal("text/x-csharp", (string?)metadata["language_info"]?["codemirror_mode"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        var document = NotebookDocument.Load(path);
        Assert.Equal(File.ReadAllBytes(path), System.Text.Encoding.UTF8.GetBytes(document.ToJson()));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_runs_through_the_engine_with_no_error_output(string name)
    {
        var result = ResultOf(name);
        Assert.True(!result.Failed, string.Join("\n", result.ErrorLines));
        Assert.DoesNotContain(result.Document.Cells.SelectMany(c => c.Outputs), o => o.OutputType == "error");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_has_setup_title_summary_exercises_and_further_study(string name)
    {
        var document = Load(name);
        Assert.Equal("code", document.Cells[0].CellType);
        Assert.Contains("#r \"../artifacts/lib/Clawdemy.Notebooks.dll\"", document.Cells[0].Source);
        Assert.Matches(@"^# [^\n]+$", document.Cells[1].Source);
        var markdown = string.Join("\n", document.Cells.Where(c => c.CellType == "markdown").Select(c => c.Source));
        Assert.Contains("**What you will learn", markdown);
        var summary = markdown.IndexOf("## Summary", StringComparison.Ordinal);
        var exercises = markdown.IndexOf("## Exercises", StringComparison.Ordinal);
        var further = markdown.IndexOf("### Further study", StringComparison.Ordinal);
        Assert.True(summary > 0 && exercises > summary && further > exercises, "Summary, Exercises, Further study, in that order");
        Assert.Contains(document.Cells, c => c.CellType == "code" && Regex.IsMatch(c.Source, @"Exercises\.\w+\.Check\("));
        Assert.Contains("3blue1brown.com", markdown);
        Assert.Contains("neuralnetworksanddeeplearning.com/chap1", markdown);
        Assert.Contains("playground.tensorflow.org", markdown);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_is_committed_without_outputs(string name)
    {
        Assert.All(Load(name).Cells.Where(c => c.CellType == "code"), c =>
        {
            Assert.Empty(c.Outputs);
            Assert.Null(c.ExecutionCount);
        });
    }

    [Fact]
    public void The_worked_example_shows_z_0_19_sigmoid_0_547_and_relu_0_19()
    {
        var text = CourseRun.AllText(ResultOf("04_one_neuron.ipynb"));
        Assert.Contains("<td>z = w·x + b</td><td>0.19</td>", text);
        Assert.Contains("<tr><td>sigmoid</td><td>0.5474</td></tr><tr><td>ReLU</td><td>0.19</td></tr>", text);
    }

    [Fact]
    public void The_parameter_count_shows_12560_272_170_and_13002()
    {
        Assert.Contains("12,560 + 272 + 170 = 13,002", CourseRun.AllText(ResultOf("06_counting_parameters.ipynb")));
    }

    [Fact]
    public void The_trained_network_beats_the_random_ones_in_notebook_07()
    {
        var line = Regex.Match(CourseRun.AllText(ResultOf("07_behaviour_in_parameters.ipynb")), @"random A: ([\d.]+)%, random B: ([\d.]+)%, trained: ([\d.]+)%");
        Assert.True(line.Success);
        var (a, b, trained) = (double.Parse(line.Groups[1].Value), double.Parse(line.Groups[2].Value), double.Parse(line.Groups[3].Value));
        Assert.True(trained > a && trained > b, line.Value);
    }

    [Fact]
    public void Every_exercise_in_the_course_shows_feedback_without_the_answer()
    {
        var feedback = course.Results.SelectMany(r => r.Document.Cells)
            .Where(c => Regex.IsMatch(c.Source, @"Exercises\.\w+\.Check\("))
            .Select(c => Assert.Single(c.Outputs).Data["text/html"]).ToArray();
        Assert.True(feedback.Length >= 8);
        Assert.All(feedback, html => Assert.Contains("clawdemy-feedback", html));
    }

    private static string Markdown(NotebookDocument document) => string.Join("\n", document.Cells.Where(c => c.CellType == "markdown").Select(c => c.Source));

    private static string Code(NotebookDocument document) => string.Join("\n", document.Cells.Where(c => c.CellType == "code").Select(c => c.Source));

    /// <summary>The markdown of one "## " section, from its heading to the next "## " heading.</summary>
    private static string Section(NotebookDocument document, string heading)
    {
        var markdown = Markdown(document);
        var start = markdown.IndexOf("## " + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var next = Regex.Match(markdown[(start + 3)..], @"(^|\n)## ");
        return next.Success ? markdown.Substring(start, next.Index + 3) : markdown[start..];
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_setup_cell_is_tagged_so_no_handout_opens_with_it(string name)
    {
        Assert.Contains("remove-cell", Load(name).Cells[0].Tags);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_exercise_cell_starts_unanswered_and_shows_a_neutral_your_answer_here(string name)
    {
        var cells = ResultOf(name).Document.Cells.Where(c => Regex.IsMatch(c.Source, @"Exercises\.\w+\.Check\(")).ToArray();
        Assert.NotEmpty(cells);
        Assert.All(cells, c =>
        {
            Assert.Matches(@"Check\(/\* [^*]+ \*/\)", c.Source);
            var html = Assert.Single(c.Outputs).Data["text/html"];
            Assert.Contains("clawdemy-feedback unanswered", html);
            Assert.DoesNotContain("Not yet", html);
        });
    }

    [Fact]
    public void Each_notebook_has_further_study_of_its_own()
    {
        var further = CourseRun.Paths().Select(p => Markdown(NotebookDocument.Load(p))).Select(m => m[m.IndexOf("### Further study", StringComparison.Ordinal)..]).ToArray();
        Assert.Equal(further.Length, further.Distinct().Count());
        var bullets = further.SelectMany(f => f.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal))).ToArray();
        Assert.Equal(bullets.Length, bullets.Distinct().Count());
    }

    [Fact]
    public void Notebook_07_keeps_where_this_leads_to_lessons_4_and_5()
    {
        var leads = Section(Load("07_behaviour_in_parameters.ipynb"), "Where this leads");
        Assert.Contains("**Lesson 4**", leads);
        Assert.Contains("**Lesson 5**", leads);
    }

    [Fact]
    public void Notebook_01_teaches_the_weighted_sum_without_any_squish()
    {
        var document = Load("01_weighted_sum.ipynb");
        var text = Code(document) + CourseRun.AllText(ResultOf("01_weighted_sum.ipynb"));
        Assert.DoesNotContain("Sigmoid", text);
        Assert.DoesNotContain("Activations.", text);
        Assert.DoesNotContain("new Neuron", text);
    }

    [Fact]
    public void Notebook_01_says_under_weights_set_attention_that_a_pattern_of_weights_is_a_template_scored_by_the_weighted_sum()
    {
        var attention = Section(Load("01_weighted_sum.ipynb"), "Weights set attention");
        Assert.Contains("template", attention);
        Assert.Contains("scores how well the inputs match", attention);
        Assert.Contains("Notebook 05", attention);
        // Weights (0.3, -0.2, 0.5): inputs (1, 0, 1) score 0.3 + 0.5 = 0.8, inputs (0, 1, 0) score -0.2.
        var text = CourseRun.AllText(ResultOf("01_weighted_sum.ipynb"));
        Assert.Contains("inputs (1, 0, 1) score w·x = 0.8", text);
        Assert.Contains("inputs (0, 1, 0) score w·x = -0.2", text);
    }

    [Fact]
    public void Notebook_03_shows_unbounded_sums_with_pixels_between_0_and_1_and_explains_why_sigmoid_rounds_to_1()
    {
        var document = Load("03_squish.ipynb");
        var why = Section(document, "Why squish at all?");
        Assert.Contains("from 0 to 1", why);
        Assert.DoesNotMatch(@"Vec\([^)]*\b(1\d|[2-9]\d+)\b", Code(document)); // no pixel value of 10 or more
        var text = CourseRun.AllText(ResultOf("03_squish.ipynb"));
        Assert.Matches(@"(^|\n)235\.3(\n|$)", text); // 784 pixels at 1 times weights of 0.3, plus bias 0.1: 784 · 0.3 + 0.1
        var sigmoid = Section(document, "Sigmoid: a smooth S");
        Assert.Contains("$(0, 1)$ is open", sigmoid);
        Assert.Contains("16 significant digits", sigmoid);
        Assert.Contains("SpecialFunctions.Logistic", sigmoid);
        Assert.Matches(@"σ\(-40\) = 4\.2\d*E-18", text); // 1 / (1 + e^40) ≈ 4.25·10^-18: tiny, but not 0
        Assert.Contains("σ(40) = 1", text);
        Assert.DoesNotContain("exactly $0$ or $1$.", sigmoid);
    }

    [Fact]
    public void Notebook_03_titles_the_sigmoid_chart_by_what_it_shows()
    {
        var text = CourseRun.AllText(ResultOf("03_squish.ipynb"));
        Assert.Contains("Sigmoid: f(z) = 1 / (1 + e^-z)", text);
        Assert.Contains("Sigmoid and ReLU compared", text);
        Assert.DoesNotContain("The squish: activation functions compared", text);
    }

    [Fact]
    public void Notebook_04_has_a_neuron_playground_starting_at_the_lesson_numbers()
    {
        var html = CourseRun.AllText(ResultOf("04_one_neuron.ipynb"));
        Assert.Contains("data-neuron-playground", html);
        Assert.Contains("<output name=\"a\">0.5474</output>", html); // sigmoid(0.19), the worked example
        Assert.Contains("<input type=\"number\" name=\"b\" value=\"0.1\"", html);
    }

    [Fact]
    public void Notebook_05_labels_the_exercise_scores_by_digit_rounded_and_asks_for_a_whole_digit()
    {
        var result = ResultOf("05_pixel_template.ipynb");
        var scores = result.Document.Cells.Single(c => c.Source.Contains("AverageScoreByLabel(Templates.Ring0", StringComparison.Ordinal));
        var text = string.Join("\n", scores.Outputs.SelectMany(o => o.Data.Values));
        for (var digit = 0; digit < 10; digit++) Assert.Contains($"digit {digit}: average score ", text);
        Assert.DoesNotMatch(@"\d\.\d{5,}", text);
        var check = result.Document.Cells.Single(c => c.Source.Contains("RingLikesWhichDigit.Check(", StringComparison.Ordinal));
        Assert.Contains("your digit", check.Source);
        Assert.DoesNotContain(".0)", check.Source);
    }

    [Fact]
    public void Notebook_06_proves_exact_counting_on_a_count_a_32_bit_int_cannot_hold()
    {
        var text = CourseRun.AllText(ResultOf("06_counting_parameters.ipynb"));
        var count = Regex.Match(text, @"layers: ([\d,]+) parameters; a 32-bit int holds at most 2,147,483,647");
        Assert.True(count.Success, "the large count is shown beside int.MaxValue");
        Assert.True(long.Parse(count.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) > int.MaxValue);
        Assert.Contains("unchecked((int)", Code(Load("06_counting_parameters.ipynb")));
    }

    [Fact]
    public void Notebook_07_shows_what_the_random_networks_answer_for_every_digit_and_says_what_10_percent_means()
    {
        var document = Load("07_behaviour_in_parameters.ipynb");
        var text = CourseRun.AllText(ResultOf("07_behaviour_in_parameters.ipynb"));
        Assert.Contains("Random network A: its answer for each true digit", text);
        Assert.Contains("Trained network: its answer for each true digit", text);
        Assert.Matches(@"A answers \d for 500 digits\nB answers \d for 500 digits", text);
        var markdown = Markdown(document);
        Assert.Contains("**10% is chance**", markdown);
        Assert.Contains("balanced, with 50 of each digit", markdown);
        // The claim "50 of each digit" holds for the committed test set.
        using var labels = new System.IO.Compression.GZipStream(File.OpenRead(RepoPaths.Combine("data", "mnist", "t10k-labels-idx1-ubyte.gz")), System.IO.Compression.CompressionMode.Decompress);
        using var memory = new MemoryStream();
        labels.CopyTo(memory);
        var counts = memory.ToArray()[8..].GroupBy(b => b).Select(g => g.Count()).ToArray();
        Assert.Equal(10, counts.Length);
        Assert.All(counts, c => Assert.Equal(50, c));
    }

    /// <summary>The networks notebook 07 compares, made by the library the way the notebook's cells make them (its own calls, read from its code).</summary>
    private static Dictionary<string, Network> Notebook07Networks()
    {
        var code = Code(Load("07_behaviour_in_parameters.ipynb"));
        Network Stored(string file) => NetworkFile.Load(RepoPaths.Combine("data", "network", file)).Network;
        var trained = Stored("digits-784-16-16-10.json");
        var shuffle = Regex.Match(code, @"trained\.Network\.WithLayerShuffled\(layer: (\d), seed: (\d+)\)");
        var scale = Regex.Match(code, @"trained\.Network\.WithLayerScaled\(layer: (\d), factor: ([\d.]+)\)");
        Assert.True(shuffle.Success && scale.Success, "notebook 07 makes a shuffled and a scaled variant of the trained network");
        int Int(Group g) => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, Network>(StringComparer.Ordinal)
        {
            ["seed 7"] = trained,
            ["seed 8"] = Stored("digits-784-16-16-10-seed-8.json"),
            ["first half"] = Stored("digits-784-16-16-10-first-half.json"),
            ["second half"] = Stored("digits-784-16-16-10-second-half.json"),
            ["layer 1 shuffled"] = trained.WithLayerShuffled(Int(shuffle.Groups[1]), Int(shuffle.Groups[2])),
            [$"layer 1 × {scale.Groups[2].Value}"] = trained.WithLayerScaled(Int(scale.Groups[1]), double.Parse(scale.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)),
            ["random A"] = Network.Random("784-16-16-10", seed: 1),
        };
    }

    private static DigitSet TestDigits() => DigitSet.Load(RepoPaths.Combine("data", "mnist", "t10k-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "t10k-labels-idx1-ubyte.gz"));

    [Fact]
    public void Notebook_07_shows_seven_networks_of_one_structure_whose_parameters_come_from_different_places_and_score_differently()
    {
        var text = CourseRun.AllText(ResultOf("07_behaviour_in_parameters.ipynb"));
        var lines = Regex.Matches(text, @"(?m)^([^:\n]+): (\S+), ([\d.]+%) right, ([\d,]+) parameters, (\w+)$").ToArray();
        var networks = Notebook07Networks();
        var test = TestDigits();

        Assert.Equal(networks.Keys, lines.Select(l => l.Groups[1].Value));
        Assert.All(lines, l =>
        {
            Assert.Equal("784-16-16-10", l.Groups[2].Value);
            Assert.Equal(Format.Count(NetworkShape.Parse("784-16-16-10").TotalParameters), l.Groups[4].Value);
            Assert.Equal("Sigmoid", l.Groups[5].Value);
            Assert.Equal(networks[l.Groups[1].Value].Accuracy(test).ToString(), l.Groups[3].Value);
        });
        Assert.True(lines.Select(l => l.Groups[3].Value).Distinct().Count() > 3, "same structure, different scores");
        foreach (var name in networks.Keys)
        {
            Assert.Contains($"{name}: {networks[name].Accuracy(test)} right, digit by digit", text); // its per-digit accuracy chart
        }
    }

    [Fact]
    public void Notebook_07_names_test_digits_on_which_two_networks_of_one_structure_give_different_answers()
    {
        var text = CourseRun.AllText(ResultOf("07_behaviour_in_parameters.ipynb"));
        var networks = Notebook07Networks();
        var test = TestDigits();
        var blocks = Regex.Matches(text, @"(?m)^(.+) and (.+) disagree on ([\d,]+) of 500 digits$").ToArray();
        Assert.True(blocks.Length >= 3, "pairs of networks compared digit by digit");

        foreach (var block in blocks)
        {
            var (first, second) = (networks[block.Groups[1].Value], networks[block.Groups[2].Value]);
            Assert.Equal(test.Digits.Count(d => first.Predict(d.Pixels) != second.Predict(d.Pixels)).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), block.Groups[3].Value);
            Assert.Contains($"{block.Groups[1].Value} vs {block.Groups[2].Value}: {block.Groups[3].Value} of 500 digits answered differently", text); // the chart drawing them
        }

        var named = Regex.Matches(text, @"(?m)^digit (\d+), a (\d): (.+?) answers (\d), (.+?) answers (\d)$").ToArray();
        Assert.True(named.Length >= 9, "three named digits per pair");
        Assert.All(named, d =>
        {
            var digit = test[int.Parse(d.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal(digit.Label.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Groups[2].Value);
            Assert.NotEqual(d.Groups[4].Value, d.Groups[6].Value);
            Assert.Equal(networks[d.Groups[3].Value].Predict(digit.Pixels).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Groups[4].Value);
            Assert.Equal(networks[d.Groups[5].Value].Predict(digit.Pixels).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Groups[6].Value);
        });
    }

    [Fact]
    public void Notebook_07_swaps_one_layer_between_two_networks_and_each_then_answers_as_the_other_did()
    {
        var text = CourseRun.AllText(ResultOf("07_behaviour_in_parameters.ipynb"));
        var networks = Notebook07Networks();
        var test = TestDigits();

        var swaps = Regex.Matches(text, @"(?m)^digit (\d+), a \d: before the swap seed 7 answers (\d), layer 1 shuffled (\d); after it (\d) and (\d)$").ToArray();
        Assert.NotEmpty(swaps);
        Assert.All(swaps, s =>
        {
            Assert.NotEqual(s.Groups[2].Value, s.Groups[3].Value);
            Assert.Equal(s.Groups[3].Value, s.Groups[4].Value); // seed 7 with the shuffled layer answers as the shuffled network did
            Assert.Equal(s.Groups[2].Value, s.Groups[5].Value); // and the shuffled network with seed 7's layer as seed 7 did
        });
        Assert.Contains("seed 7 with the shuffled layer 1 answers as layer 1 shuffled did on 500 of 500 digits", text);
        Assert.Contains($"layer 1 shuffled with seed 7's layer 1 answers as seed 7 did on 500 of 500 digits: {networks["seed 7"].Accuracy(test)} right", text);

        // The same swap made here, on every test digit.
        var (seed7, shuffled) = (networks["seed 7"], networks["layer 1 shuffled"]);
        var swapped = seed7.WithLayerFrom(shuffled, layer: 1);
        Assert.All(test.Digits, d => Assert.Equal(shuffled.Predict(d.Pixels), swapped.Predict(d.Pixels)));
    }

    [Fact]
    public void Notebook_07_counts_0_lines_of_formula_0_connections_and_only_changed_numbers_between_its_networks()
    {
        var text = CourseRun.AllText(ResultOf("07_behaviour_in_parameters.ipynb"));
        var networks = Notebook07Networks();
        var counts = Regex.Matches(text, @"(?m)^(.+) → (.+): (\d+) lines of formula, (\d+) connections, ([\d,]+) of ([\d,]+) numbers$").ToArray();
        Assert.True(counts.Length >= 2);

        Assert.All(counts, c =>
        {
            Assert.Equal("0", c.Groups[3].Value);
            Assert.Equal("0", c.Groups[4].Value);
            Assert.Equal("13,002", c.Groups[6].Value); // 784·16 + 16 + 16·16 + 16 + 16·10 + 10, notebook 06's count
            // Counted here value by value, every weight and bias of every layer.
            var (a, b) = (networks[c.Groups[1].Value], networks[c.Groups[2].Value]);
            var changed = a.Layers.Zip(b.Layers, (x, y) =>
                x.Weights.Enumerate().Zip(y.Weights.Enumerate()).Count(p => p.First != p.Second) + x.Biases.Enumerate().Zip(y.Biases.Enumerate()).Count(p => p.First != p.Second)).Sum();
            Assert.Equal(changed.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), c.Groups[5].Value);
        });
        Assert.Contains(counts, c => c.Groups[1].Value == "seed 7" && c.Groups[2].Value == "layer 1 shuffled");
    }
}
