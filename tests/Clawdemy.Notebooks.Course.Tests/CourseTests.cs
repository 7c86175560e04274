using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Engine.Checking;
using Clawdemy.Notebooks.Engine.Workers;

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
        Assert.Empty(NotebookChecker.Check(Load(name)));
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
        Assert.Contains("sigmoid: 0.5474, ReLU: 0.19", text);
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
}
