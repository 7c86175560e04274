namespace Clawdemy.Notebooks.Tests.Networks;

public class DisagreementTests
{
    // Five digits inked at pixels 0 to 4; the crossed network reads pixel 1 for neuron 0, 0 for 1, 3 for 2 and 2 for 3,
    // so it answers 1, 0, 3, 2, 4 where the pointer answers 0, 1, 2, 3, 4: they disagree on the first four.
    private static readonly DigitSet Digits = new(Enumerable.Range(0, 5).Select(i => TinyNetworks.Inked(i, i)));

    private static readonly NetworkAnswers Pointer = TinyNetworks.Pointer().AnswersOn(Digits, "pointer");

    private static readonly NetworkAnswers Crossed = TinyNetworks.Pointer(1, 0, 3, 2, 4, 5, 6, 7, 8, 9).AnswersOn(Digits, "crossed");

    [Fact]
    public void The_disagreement_counts_every_differing_digit_and_keeps_the_first_three_in_order()
    {
        var disagreement = Disagreement.Between(Pointer, Crossed);

        Assert.Equal(4, disagreement.Count);
        Assert.Equal([0, 1, 2], disagreement.Shown.Select(d => d.Index));
        Assert.Equal((2, 3), (disagreement.Shown[2].FirstAnswer, disagreement.Shown[2].SecondAnswer));
        Assert.Same(Digits[2], disagreement.Shown[2].Digit);
    }

    [Fact]
    public void The_disagreement_says_how_many_digits_and_names_each_shown_digit_with_both_answers()
    {
        var text = Disagreement.Between(Pointer, Crossed, shown: 1).ToString();

        Assert.Equal("pointer and crossed disagree on 4 of 5 digits\ndigit 0, a 0: pointer answers 0, crossed answers 1", text);
    }

    [Fact]
    public void Networks_that_answer_alike_have_no_disagreement_to_show()
    {
        var disagreement = Disagreement.Between(Pointer, TinyNetworks.Pointer().AnswersOn(Digits, "again"));

        Assert.Equal(0, disagreement.Count);
        Assert.Empty(disagreement.Shown);
    }

    [Fact]
    public void At_least_one_digit_must_be_shown()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Disagreement.Between(Pointer, Crossed, shown: 0));
    }
}
