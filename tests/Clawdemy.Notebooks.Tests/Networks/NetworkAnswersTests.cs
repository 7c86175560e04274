namespace Clawdemy.Notebooks.Tests.Networks;

public class NetworkAnswersTests
{
    // Labels 0, 1, 2, 3 inked at pixels 0, 1, 2, 9: the pointer network answers the pixel, so 0, 1, 2 right and the 3 answered 9.
    private static readonly DigitSet Digits = new([TinyNetworks.Inked(0, 0), TinyNetworks.Inked(1, 1), TinyNetworks.Inked(2, 2), TinyNetworks.Inked(3, 9)]);

    [Fact]
    public void Each_digit_is_answered_by_the_networks_largest_output()
    {
        var answers = TinyNetworks.Pointer().AnswersOn(Digits, "pointer");

        Assert.Equal([0, 1, 2, 9], answers.Answers);
        Assert.Equal(new Accuracy(3, 4), answers.Accuracy);
        Assert.Equal("pointer: 784-10, 75.0% right", answers.ToString());
    }

    [Fact]
    public void The_accuracy_by_digit_counts_each_label_alone_and_a_label_without_digits_as_0_of_0()
    {
        var byDigit = TinyNetworks.Pointer().AnswersOn(Digits, "pointer").ByDigit();

        Assert.Equal(10, byDigit.Count);
        Assert.Equal(new Accuracy(1, 1), byDigit[0]);
        Assert.Equal(new Accuracy(0, 1), byDigit[3]); // the 3 was answered 9
        Assert.Equal(new Accuracy(0, 0), byDigit[7]);
        Assert.True(double.IsNaN(byDigit[7].Fraction));
    }

    [Fact]
    public void The_confusion_counts_agree_with_the_networks_own()
    {
        var network = TinyNetworks.Pointer();

        Assert.Equal(network.Confusion(Digits), network.AnswersOn(Digits, "pointer").Confusion());
    }

    [Fact]
    public void Two_networks_answering_alike_agree_on_every_digit_and_a_remapped_one_on_fewer()
    {
        var pointer = TinyNetworks.Pointer().AnswersOn(Digits, "pointer");
        var again = TinyNetworks.Pointer().AnswersOn(Digits, "again");
        // Neurons 0 and 1 read each other's pixel: the digits inked at 0 and 1 get the other answer.
        var crossed = TinyNetworks.Pointer(1, 0, 2, 3, 4, 5, 6, 7, 8, 9).AnswersOn(Digits, "crossed");

        Assert.Equal(Digits.Count, pointer.SameAnswersAs(again));
        Assert.Equal(Digits.Count - 2, pointer.SameAnswersAs(crossed));
    }

    [Fact]
    public void Answers_on_different_digit_sets_are_not_compared()
    {
        var other = new DigitSet(Digits.Digits);

        var error = Assert.Throws<ArgumentException>(() => TinyNetworks.Pointer().AnswersOn(Digits, "a").SameAnswersAs(TinyNetworks.Pointer().AnswersOn(other, "b")));
        Assert.Contains("different digit sets", error.Message);
    }

    [Fact]
    public void A_network_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => TinyNetworks.Pointer().AnswersOn(Digits, " "));
    }
}
