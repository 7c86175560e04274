namespace Clawdemy.Notebooks.Tests.Networks;

public class AccuracyTests
{
    [Theory]
    [InlineData(419, 500, "83.8%")]
    [InlineData(50, 500, "10.0%")]
    [InlineData(500, 500, "100.0%")]
    [InlineData(0, 500, "0.0%")]
    public void An_accuracy_prints_as_a_percentage_with_one_decimal(int correct, int total, string text)
    {
        var accuracy = new Accuracy(correct, total);
        Assert.Equal(text, accuracy.ToString());
        Assert.Equal(correct / (double)total, accuracy.Fraction, Tolerances.Arithmetic);
    }

    [Fact]
    public void No_digits_give_no_accuracy_rather_than_a_made_up_one()
    {
        Assert.True(double.IsNaN(new Accuracy(0, 0).Fraction));
        Assert.Equal("n/a", new Accuracy(0, 0).ToString());
    }
}
