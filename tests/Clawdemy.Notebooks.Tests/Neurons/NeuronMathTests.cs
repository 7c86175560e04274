namespace Clawdemy.Notebooks.Tests.Neurons;

using static Clawdemy.Notebooks.NeuronMath;

public class NeuronMathTests
{
    // The lesson's worked example.
    private static readonly double[] LessonInputs = [0.5, 0.8, 0.2];
    private static readonly double[] LessonWeights = [0.3, -0.2, 0.5];
    private const double LessonBias = 0.1;

    [Fact]
    public void The_worked_example_gives_a_weighted_sum_of_0_09()
    {
        // Hand calculation: 0.5·0.3 + 0.8·(-0.2) + 0.2·0.5 = 0.15 - 0.16 + 0.10 = 0.09.
        Assert.Equal(0.09, WeightedSum(LessonInputs, LessonWeights), Tolerances.Arithmetic);
    }

    [Fact]
    public void The_worked_example_gives_z_of_0_19_after_adding_the_bias()
    {
        // The lesson: 0.09 + 0.1 = 0.19.
        Assert.Equal(0.19, AddBias(WeightedSum(LessonInputs, LessonWeights), LessonBias), Tolerances.Arithmetic);
        Assert.Equal(0.19, PreActivation(LessonInputs, LessonWeights, LessonBias), Tolerances.Arithmetic);
    }

    [Fact]
    public void Squishing_the_worked_example_gives_0_5474_with_sigmoid_and_0_19_with_relu()
    {
        var z = PreActivation(LessonInputs, LessonWeights, LessonBias);
        // Closed form: 1 / (1 + e^-0.19) = 0.547357...; the lesson rounds to 0.5474 (four places) and "about 0.547".
        Assert.Equal(0.5474, Squish(z, Activations.Sigmoid), Tolerances.FourPlaces);
        Assert.Equal(0.547, Squish(z, Activations.Sigmoid), Tolerances.ThreePlaces);
        // ReLU passes a positive z through unchanged: max(0, 0.19) = 0.19.
        Assert.Equal(0.19, Squish(z, Activations.ReLU), Tolerances.Arithmetic);
    }

    [Fact]
    public void Contributions_are_each_input_times_its_weight_and_add_up_to_the_weighted_sum()
    {
        var contributions = Contributions(LessonInputs, LessonWeights);
        // Hand calculation: 0.5·0.3, 0.8·(-0.2), 0.2·0.5.
        Assert.Equal(0.15, contributions[0], Tolerances.Arithmetic);
        Assert.Equal(-0.16, contributions[1], Tolerances.Arithmetic);
        Assert.Equal(0.10, contributions[2], Tolerances.Arithmetic);
        Assert.Equal(WeightedSum(LessonInputs, LessonWeights), contributions.Sum(), Tolerances.Arithmetic);
    }

    [Fact]
    public void The_vector_and_array_overloads_agree()
    {
        Assert.Equal(WeightedSum(LessonInputs, LessonWeights), WeightedSum(Vec(LessonInputs), Vec(LessonWeights)), Tolerances.Arithmetic);
    }

    [Fact]
    public void A_length_mismatch_names_both_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => WeightedSum([0.5, 0.8, 0.2], [0.3, -0.2]));
        Assert.Contains("3 values", error.Message);
        Assert.Contains("weights have 2", error.Message);
        Assert.Throws<ArgumentException>(() => Contributions([1.0], [1.0, 2.0]));
    }

    [Fact]
    public void Empty_vectors_have_a_weighted_sum_of_zero()
    {
        Assert.Equal(0.0, WeightedSum(Array.Empty<double>(), Array.Empty<double>()));
    }

    [Fact]
    public void Vec_copies_its_values()
    {
        double[] values = [1.0, 2.0];
        var vector = Vec(values);
        values[0] = 99;
        Assert.Equal(1.0, vector[0]);
    }
}
