namespace Clawdemy.Notebooks.Tests.Templates;

public class PixelTemplateTests
{
    [Fact]
    public void A_weight_vector_becomes_a_28_by_28_grid_row_by_row_and_back()
    {
        var weights = Vector<double>.Build.Dense(784, i => i);
        var grid = PixelTemplate.ToGrid(weights);
        Assert.Equal(28, grid.RowCount);
        Assert.Equal(28, grid.ColumnCount);
        Assert.Equal(1 * 28 + 2, grid[1, 2]); // entry row·28 + column
        Assert.Equal(weights, PixelTemplate.FromGrid(grid));
    }

    [Fact]
    public void The_score_is_the_weighted_sum_of_the_pixels()
    {
        // A template that wants the top row lit: +1 on row 0, -1 elsewhere.
        var template = PixelTemplate.FromGrid(Matrix<double>.Build.Dense(28, 28, (r, _) => r == 0 ? 1.0 : -1.0), "top row");
        var topRow = Vector<double>.Build.Dense(784, i => i < 28 ? 1.0 : 0.0);
        var bottomRow = Vector<double>.Build.Dense(784, i => i >= 756 ? 1.0 : 0.0);
        // Hand calculation: 28 lit pixels times +1, and 28 times -1.
        Assert.Equal(28.0, template.Score(topRow));
        Assert.Equal(-28.0, template.Score(bottomRow));
        Assert.Equal(template.Score(topRow), template.Contributions(topRow).Sum(), Tolerances.Arithmetic);
    }

    [Fact]
    public void A_template_needs_784_weights()
    {
        var error = Assert.Throws<ArgumentException>(() => new PixelTemplate(Vector<double>.Build.Dense(10)));
        Assert.Contains("10 values", error.Message);
        Assert.Contains("784", error.Message);
    }

    [Fact]
    public void A_grid_that_is_not_28_by_28_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PixelTemplate.FromGrid(Matrix<double>.Build.Dense(27, 28)));
        Assert.Contains("27×28", error.Message);
    }
}
