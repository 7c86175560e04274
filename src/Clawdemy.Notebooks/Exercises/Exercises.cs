using static Clawdemy.Notebooks.NeuronMath;

namespace Clawdemy.Notebooks;

/// <summary>
/// The course's exercises, one property each, in notebook order. Each right answer is computed here by the library's
/// own functions, so changing the lesson's numbers changes the answers with them; no answer is printed.
/// </summary>
public static class Exercises
{
    /// <summary>00: the activation of a ReLU neuron whose z is 2.5.</summary>
    public static Exercise ReLUOfTwoAndAHalf { get; } = Exercise.Number(
        "ReLU activation when z = 2.5", Activations.ReLU.Apply(2.5), "ReLU(z) = max(0, z): which is larger, 0 or 2.5?");

    /// <summary>01: the weighted sum of inputs 1, 0.5, 2 with weights 0.4, -1, 0.25.</summary>
    public static Exercise WeightedSum { get; } = Exercise.Number(
        "Weighted sum of (1, 0.5, 2) with weights (0.4, -1, 0.25)",
        WeightedSum([1, 0.5, 2], [0.4, -1, 0.25]),
        "multiply each input by its own weight (1 × 0.4, then 0.5 × -1, then 2 × 0.25) and add the three products.");

    /// <summary>01: weights for three inputs that ignore the second input and pay attention to the other two.</summary>
    public static Exercise IgnoreTheMiddleInput { get; } = Exercise.Numbers(
        "Three weights that ignore the middle input",
        w => w.Length == 3 && Math.Abs(w[1]) < 1e-9 && Math.Abs(w[0]) > 0.1 && Math.Abs(w[2]) > 0.1,
        "an input is ignored when its weight is zero; the other two weights must not be (near) zero.");

    /// <summary>02: the bias that puts a sigmoid neuron whose weighted sum is 0.6 exactly on the fence (activation 0.5).</summary>
    public static Exercise BiasOnTheFence { get; } = Exercise.Number(
        "Bias that makes sigmoid(0.6 + b) = 0.5",
        -0.6,
        "sigmoid gives 0.5 exactly when its input z is 0; which b makes 0.6 + b equal 0?");

    /// <summary>02: is a neuron with bias -3 more cautious than one with bias +3 (same weights)?</summary>
    public static Exercise NegativeBiasIsCautious { get; } = Exercise.TrueOrFalse(
        "A bias of -3 makes a neuron more cautious than a bias of +3",
        true,
        "a negative bias pulls z down before any input is counted, so the inputs must push harder to wake the neuron.");

    /// <summary>03: ReLU(-3.2).</summary>
    public static Exercise ReLUOfNegative { get; } = Exercise.Number(
        "ReLU(-3.2)", Activations.ReLU.Apply(-3.2), "ReLU keeps positive numbers as they are; what does it do with negative ones?");

    /// <summary>03: sigmoid(0).</summary>
    public static Exercise SigmoidOfZero { get; } = Exercise.Number(
        "sigmoid(0)", Activations.Sigmoid.Apply(0), "put z = 0 into 1 / (1 + e^-z); what is e^0?");

    /// <summary>03: does training change which activation function a neuron uses?</summary>
    public static Exercise TrainingKeepsTheSquish { get; } = Exercise.TrueOrFalse(
        "Training changes the activation function", false,
        "the activation is a design decision made before training; what does training adjust instead?");

    /// <summary>04: the lesson's neuron with the bias changed to -0.5, squished by sigmoid.</summary>
    public static Exercise LessonNeuronWithCautiousBias { get; } = Exercise.Number(
        "sigmoid activation of the lesson's neuron with bias -0.5",
        Squish(PreActivation([0.5, 0.8, 0.2], [0.3, -0.2, 0.5], -0.5), Activations.Sigmoid),
        "keep the weighted sum 0.09, add the new bias to get z, then squish z with sigmoid.");

    /// <summary>04: the same cautious neuron squished by ReLU.</summary>
    public static Exercise LessonNeuronWithCautiousBiasReLU { get; } = Exercise.Number(
        "ReLU activation of the lesson's neuron with bias -0.5",
        Squish(PreActivation([0.5, 0.8, 0.2], [0.3, -0.2, 0.5], -0.5), Activations.ReLU),
        "z is 0.09 - 0.5 here; what does ReLU do with a negative z?");

    /// <summary>05: which digit scores highest on average against the ring template.</summary>
    public static Exercise RingLikesWhichDigit { get; } = Exercise.Number(
        "The digit with the highest average score against the ring template",
        Templates.MadeFor(Templates.Ring0),
        "score every digit with Templates.AverageScoreByLabel(Templates.Ring0, train) and find the label of the largest average.");

    /// <summary>06: the parameters of a 784-32-10 network.</summary>
    public static Exercise ParametersOf784_32_10 { get; } = Exercise.Number(
        "Parameters of a 784-32-10 network",
        NetworkShape.Parse("784-32-10").TotalParameters,
        "each layer from n to m neurons has n × m weights plus m biases; add the two layers.");

    /// <summary>06: the parameters of a 784-16-16-10 network with a third hidden layer of 16.</summary>
    public static Exercise ParametersWithAnotherHiddenLayer { get; } = Exercise.Number(
        "Parameters of 784-16-16-16-10",
        NetworkShape.Parse("784-16-16-16-10").TotalParameters,
        "start from 13,002 and add the new 16 → 16 layer: 16 × 16 weights and 16 biases.");

    /// <summary>07: two networks of the same shape with different parameter values answer the same input the same way.</summary>
    public static Exercise SameShapeSameAnswers { get; } = Exercise.TrueOrFalse(
        "Two networks of the same shape always give the same answers", false,
        "run Network.Random(shape, seed: 1) and Network.Random(shape, seed: 2) on the same digit and compare.");
}
