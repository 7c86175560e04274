namespace Clawdemy.Notebooks.Tests.Neurons;

public class NeuronTests
{
    private static Neuron LessonNeuron(Activation activation) => new([0.3, -0.2, 0.5], bias: 0.1, activation);

    [Fact]
    public void The_lesson_neuron_activates_to_about_0_547_with_sigmoid()
    {
        // The lesson: sigmoid(0.19) ≈ 0.547.
        Assert.Equal(0.547, LessonNeuron(Activations.Sigmoid).Output(0.5, 0.8, 0.2), Tolerances.ThreePlaces);
    }

    [Fact]
    public void The_same_neuron_with_relu_activates_to_0_19()
    {
        // The lesson: ReLU(0.19) = 0.19.
        Assert.Equal(0.19, LessonNeuron(Activations.Sigmoid).WithActivation(Activations.ReLU).Output(0.5, 0.8, 0.2), Tolerances.Arithmetic);
    }

    [Fact]
    public void A_trace_keeps_every_step_of_the_evaluation()
    {
        var trace = LessonNeuron(Activations.Sigmoid).Trace(0.5, 0.8, 0.2);
        // Hand calculation of the worked example, step by step.
        Assert.Equal([0.5, 0.8, 0.2], trace.Inputs.ToArray());
        Assert.Equal(-0.16, trace.Contributions[1], Tolerances.Arithmetic);
        Assert.Equal(0.09, trace.WeightedSum, Tolerances.Arithmetic);
        Assert.Equal(0.1, trace.Bias);
        Assert.Equal(0.19, trace.Z, Tolerances.Arithmetic);
        Assert.Equal(0.5474, trace.Output, Tolerances.FourPlaces);
    }

    [Fact]
    public void A_trace_shows_as_a_table_with_rounded_numbers()
    {
        var trace = LessonNeuron(Activations.Sigmoid).Trace(0.5, 0.8, 0.2);
        var html = trace.ToHtmlFragment();
        Assert.StartsWith("<table", html);
        Assert.Contains("<td>0.19</td>", html);
        Assert.Contains("<td>0.5474</td>", html);
        Assert.Contains("Sigmoid(z)", trace.ToString());
    }

    [Fact]
    public void The_neuron_keeps_its_own_copy_of_the_weights()
    {
        var weights = Vector<double>.Build.DenseOfArray([1.0, 2.0]);
        var neuron = new Neuron(weights, 0, Activations.ReLU);
        weights[0] = 100;
        Assert.Equal(1.0, neuron.Weights[0]);
    }

    [Fact]
    public void Too_few_inputs_name_both_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => LessonNeuron(Activations.ReLU).Output(0.5, 0.8));
        Assert.Contains("2 values", error.Message);
        Assert.Contains("weights have 3", error.Message);
    }

    [Fact]
    public void A_neuron_without_weights_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Neuron(Array.Empty<double>(), 0, Activations.ReLU));
    }
}
