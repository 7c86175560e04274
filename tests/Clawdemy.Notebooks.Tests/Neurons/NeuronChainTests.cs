namespace Clawdemy.Notebooks.Tests.Neurons;

public class NeuronChainTests
{
    private static readonly double[] LessonInputs = [0.5, 0.8, 0.2];
    private static readonly double[] LessonWeights = [0.3, -0.2, 0.5];

    [Fact]
    public void The_lesson_sentence_as_a_chain_gives_0_19_then_0_5474_with_sigmoid_and_0_19_with_relu()
    {
        Assert.Equal(0.19, LessonInputs.WeightedSum(LessonWeights).AddBias(0.1), Tolerances.Arithmetic);
        Assert.Equal(0.5474, LessonInputs.WeightedSum(LessonWeights).AddBias(0.1).Squish(Activations.Sigmoid), Tolerances.FourPlaces);
        Assert.Equal(0.19, NeuronMath.Vec(LessonInputs).WeightedSum(NeuronMath.Vec(LessonWeights)).AddBias(0.1).Squish(Activations.ReLU), Tolerances.Arithmetic);
    }

    [Fact]
    public void The_chain_refuses_what_the_static_steps_refuse()
    {
        var chained = Assert.Throws<ArgumentException>(() => LessonInputs.WeightedSum([0.3, -0.2]));
        var plain = Assert.Throws<ArgumentException>(() => NeuronMath.WeightedSum(LessonInputs, [0.3, -0.2]));
        Assert.Equal(plain.Message, chained.Message);
    }
}
