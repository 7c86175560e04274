namespace Clawdemy.Notebooks.Tests.Neurons;

public class ActivationsTests
{
    [Theory]
    // Closed forms: sigmoid(0) = 1/2; sigmoid(ln 3) = 1/(1 + 1/3) = 3/4; sigmoid(-ln 3) = 1/4.
    [InlineData(0.0, 0.5)]
    [InlineData(1.0986122886681098, 0.75)]
    [InlineData(-1.0986122886681098, 0.25)]
    // The lesson's worked example: sigmoid(0.19) = 0.547357...
    [InlineData(0.19, 0.5473576)]
    public void Sigmoid_matches_its_closed_form(double z, double expected)
    {
        Assert.Equal(expected, Activations.Sigmoid.Squish(z), Tolerances.SevenPlaces);
    }

    [Theory]
    // Limits: the S flattens to exactly 0 and 1 far out, and never overflows to NaN.
    [InlineData(-1000.0, 0.0)]
    [InlineData(1000.0, 1.0)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(double.PositiveInfinity, 1.0)]
    [InlineData(double.MinValue, 0.0)]
    [InlineData(double.MaxValue, 1.0)]
    public void Sigmoid_gives_exactly_0_or_1_at_the_extremes(double z, double expected)
    {
        Assert.Equal(expected, Activations.Sigmoid.Squish(z));
    }

    [Fact]
    public void Every_activation_gives_NaN_for_NaN()
    {
        Assert.All(Activations.All, activation => Assert.True(double.IsNaN(activation.Squish(double.NaN)), activation.Name));
    }

    [Theory]
    // max(0, z) by hand.
    [InlineData(-2.0, 0.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(0.19, 0.19)]
    [InlineData(3.5, 3.5)]
    public void ReLU_is_zero_below_zero_and_the_identity_above(double z, double expected)
    {
        Assert.Equal(expected, Activations.ReLU.Squish(z));
    }

    [Theory]
    // Definition: z for z >= 0, 0.01 z otherwise.
    [InlineData(-2.0, -0.02)]
    [InlineData(2.0, 2.0)]
    public void LeakyReLU_lets_a_little_through_below_zero(double z, double expected)
    {
        Assert.Equal(expected, Activations.LeakyReLU.Squish(z), Tolerances.Arithmetic);
    }

    [Theory]
    // Heaviside with H(0) = 1.
    [InlineData(-0.001, 0.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(5.0, 1.0)]
    public void Step_is_all_or_nothing(double z, double expected)
    {
        Assert.Equal(expected, Activations.Step.Squish(z));
    }

    [Fact]
    public void Tanh_runs_from_minus_one_to_one()
    {
        // Limits of tanh and tanh(0) = 0.
        Assert.Equal(-1.0, Activations.Tanh.Squish(double.NegativeInfinity));
        Assert.Equal(1.0, Activations.Tanh.Squish(double.PositiveInfinity));
        Assert.Equal(0.0, Activations.Tanh.Squish(0.0));
    }

    [Fact]
    public void Each_activation_knows_its_name_and_formula()
    {
        Assert.Equal(["Sigmoid", "ReLU", "Tanh", "LeakyReLU", "Step"], Activations.All.Select(a => a.Name));
        Assert.Equal("1 / (1 + e^-z)", Activations.Sigmoid.Formula);
        Assert.Equal("max(0, z)", Activations.ReLU.Formula);
        Assert.All(Activations.All, a => Assert.False(string.IsNullOrWhiteSpace(a.Formula)));
    }

    [Fact]
    public void Activations_are_found_by_name_and_an_unknown_name_lists_the_choices()
    {
        Assert.Same(Activations.ReLU, Activations.Named("relu"));
        var error = Assert.Throws<ArgumentException>(() => Activations.Named("softplus"));
        Assert.Contains("softplus", error.Message);
        Assert.Contains("Sigmoid", error.Message);
    }

    [Fact]
    public void Applying_to_a_vector_squishes_every_entry()
    {
        var result = Activations.ReLU.Squish(Vector<double>.Build.DenseOfArray([-1.0, 2.0]));
        Assert.Equal([0.0, 2.0], result.ToArray());
    }
}
