namespace Clawdemy.Notebooks.Tests.Templates;

public class TemplatesTests
{
    private static readonly DigitSet Train = DigitSet.Load(
        RepoPaths.Combine("data", "mnist", "train-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "train-labels-idx1-ubyte.gz"));

    public static TheoryData<int> TemplateIndexes() => new(Enumerable.Range(0, Notebooks.Templates.All.Count));

    [Theory]
    [MemberData(nameof(TemplateIndexes))]
    public void Each_template_scores_the_digit_it_was_made_for_higher_than_the_others_on_average(int index)
    {
        var template = Notebooks.Templates.All[index];
        var madeFor = template.MadeFor!.Value;
        var averages = Notebooks.Templates.AverageScoreByLabel(template, Train);
        var others = Train.Digits.Where(d => d.Label != madeFor).Average(d => template.Score(d.Pixels));
        Assert.True(averages[madeFor] > others, $"{template.Name}: {averages[madeFor]:0.00} for {madeFor}s against {others:0.00} for the rest");
    }

    [Theory]
    [MemberData(nameof(TemplateIndexes))]
    public void No_other_digit_scores_higher_on_average_than_the_one_a_template_was_made_for(int index)
    {
        var template = Notebooks.Templates.All[index];
        var madeFor = template.MadeFor!.Value;
        var averages = Notebooks.Templates.AverageScoreByLabel(template, Train);
        Assert.Equal(madeFor, Array.IndexOf(averages, averages.Max()));
    }

    [Fact]
    public void The_bar_across_the_top_ranks_sevens_first()
    {
        var best = Notebooks.Templates.Rank(Notebooks.Templates.TopBar, Train).Take(10);
        Assert.All(best, s => Assert.Equal(7, s.Digit.Label));
        Assert.True(Notebooks.Templates.TopBar.Score(Train.OfLabel(7)[0].Pixels) > 0, "the notebook's example 7 matches its template");
    }

    [Fact]
    public void Ranking_puts_the_best_match_first()
    {
        var ranked = Notebooks.Templates.Rank(Notebooks.Templates.VerticalStroke, Train);
        Assert.Equal(1000, ranked.Count);
        Assert.True(ranked[0].Score >= ranked[^1].Score);
        Assert.Equal(1, ranked[0].Digit.Label);
        Assert.Equal(Notebooks.Templates.VerticalStroke.Score(ranked[0].Digit.Pixels), ranked[0].Score);
    }

    [Fact]
    public void A_template_designed_from_a_rule_puts_each_weight_at_its_pixel()
    {
        var template = Notebooks.Templates.FromRule("corner", (r, c) => r == 0 && c == 27 ? 1.0 : 0.0);
        Assert.Equal(1.0, template.Weights[27]); // row 0, column 27 is entry 0·28 + 27
        Assert.Equal(1.0, template.Weights.Sum());
    }
}
