using System.Globalization;
using System.Reflection;
using static Clawdemy.Notebooks.NeuronMath;

namespace Clawdemy.Notebooks;

/// <summary>
/// The course's exercises, one property each, in notebook order. Each right answer, each likely mistake and each
/// worked solution is computed here by the library's own functions, so changing the lesson's numbers changes them all;
/// feedback never prints the answer, only <see cref="Exercise.Solution"/> does (for the teacher's edition).
/// </summary>
public static class Exercises
{
    private static readonly double[] LessonInputs = [0.5, 0.8, 0.2];
    private static readonly double[] LessonWeights = [0.3, -0.2, 0.5];

    /// <summary>The lesson's weighted sum, 0.09, and its z with the cautious bias -0.5, -0.41.</summary>
    private static readonly double LessonSum = WeightedSum(LessonInputs, LessonWeights);

    private static readonly double CautiousZ = PreActivation(LessonInputs, LessonWeights, -0.5);

    /// <summary>00: the activation of a ReLU neuron whose z is 2.5.</summary>
    public static Exercise ReLUOfTwoAndAHalf { get; } = Exercise.Number(
            "ReLU activation when z = 2.5",
            Activations.ReLU.Squish(2.5),
            "ReLU keeps some values of z as they are and turns the others into 0; which kind is this z?",
            $"ReLU(2.5) = max(0, 2.5) = {N(Activations.ReLU.Squish(2.5))}: a positive z passes through unchanged.")
        .WithMistake(0, "0 is what ReLU gives for a negative z, and 2.5 is not negative.");

    /// <summary>01: the weighted sum of inputs 1, 0.5, 2 with weights 0.4, -1, 0.25.</summary>
    public static Exercise WeightedSum { get; } = Exercise.Number(
            "Weighted sum of (1, 0.5, 2) with weights (0.4, -1, 0.25)",
            WeightedSum([1, 0.5, 2], [0.4, -1, 0.25]),
            "pair each input with the weight in the same position, multiply each pair, then add the three products; mind the signs.",
            $"1 × 0.4 + 0.5 × (-1) + 2 × 0.25 = 0.4 - 0.5 + 0.5 = {N(WeightedSum([1, 0.5, 2], [0.4, -1, 0.25]))}.")
        .WithMistake(1 + 0.5 + 2, "you added the inputs without multiplying each by its weight.")
        .WithMistake(0.4 - 1 + 0.25, "you added the weights; each must first be multiplied by its input.")
        .WithMistake(WeightedSum([1, 0.5, 2], [0.4, 1, 0.25]), "the middle weight is -1: its product pulls the sum down instead of adding to it.");

    /// <summary>01: weights for three inputs that ignore the second input and pay attention to the other two.</summary>
    public static Exercise IgnoreTheMiddleInput { get; } = Exercise.Numbers(
            "Three weights that ignore the middle input",
            w => w.Length == 3 && Math.Abs(w[1]) < 1e-9 && Math.Abs(w[0]) > 0.1 && Math.Abs(w[2]) > 0.1,
            "which weight makes an input's product x·w the same whatever the input x is?",
            "Any weights (a, 0, c) with a and c clearly away from zero, such as (1, 0, 1) or (0.3, 0, -0.5): the middle product x2 × 0 is 0 whatever x2 is, while the other two inputs still move the sum.")
        .WithMistake(w => w.Length != 3, "the neuron has three inputs, so it needs three weights, one per input.")
        .WithMistake(w => w.Length == 3 && Math.Abs(w[1]) >= 1e-9, "the middle input still has a say: its product x2·w2 changes whenever x2 does.")
        .WithMistake(w => w.Length == 3 && (Math.Abs(w[0]) <= 0.1 || Math.Abs(w[2]) <= 0.1), "the first or the last input is (nearly) ignored too; only the middle one should be.");

    /// <summary>02: the bias that puts a sigmoid neuron whose weighted sum is 0.6 exactly on the fence (activation 0.5).</summary>
    public static Exercise BiasOnTheFence { get; } = Exercise.Number(
            "Bias that makes sigmoid(0.6 + b) = 0.5",
            -0.6,
            "sigmoid gives 0.5 for exactly one value of z; which value is it, and which bias takes 0.6 there?",
            "σ(z) = 0.5 exactly when z = 0, so 0.6 + b = 0 and b = -0.6.")
        .WithMistake(0.6, "check the sign: with b = 0.6, z = 1.2, further from the fence than before.")
        .WithMistake(0.5, "0.5 is the activation you want, not the bias that gets you there.")
        .WithMistake(0, "with b = 0, z is still 0.6, and sigmoid(0.6) is above 0.5.");

    /// <summary>02: is a neuron with bias -3 more cautious than one with bias +3 (same weights)?</summary>
    public static Exercise NegativeBiasIsCautious { get; } = Exercise.TrueOrFalse(
        "A bias of -3 makes a neuron more cautious than a bias of +3",
        true,
        "take the same inputs twice, once with b = -3 and once with b = +3: which z is smaller, and which neuron needs more from its inputs to reach z = 0?",
        "True. For every input, z = w·x - 3 is 6 below z = w·x + 3, so the neuron with b = -3 is half awake only once w·x reaches 3, the other already at w·x = -3.");

    /// <summary>03: ReLU(-3.2).</summary>
    public static Exercise ReLUOfNegative { get; } = Exercise.Number(
            "ReLU(-3.2)",
            Activations.ReLU.Squish(-3.2),
            "look at the ReLU curve on the negative side of the hinge: what happens to every negative z there?",
            $"ReLU(-3.2) = max(0, -3.2) = {N(Activations.ReLU.Squish(-3.2))}: every negative z is cut to zero.")
        .WithMistake(-3.2, "that is z unchanged: ReLU lets only positive values through.")
        .WithMistake(3.2, "ReLU does not flip the sign of a negative z.");

    /// <summary>03: sigmoid(0).</summary>
    public static Exercise SigmoidOfZero { get; } = Exercise.Number(
            "sigmoid(0)",
            Activations.Sigmoid.Squish(0),
            "put z = 0 into 1 / (1 + e^-z); what is e^0, and so what is the denominator?",
            $"σ(0) = 1 / (1 + e^0) = 1 / (1 + 1) = {N(Activations.Sigmoid.Squish(0))}.")
        .WithMistake(0, "sigmoid never reaches 0: its numerator is 1 and its denominator is finite.")
        .WithMistake(1, "e^0 is 1, not 0, so the denominator 1 + e^0 is not 1.");

    /// <summary>03: does training change which activation function a neuron uses?</summary>
    public static Exercise TrainingKeepsTheSquish { get; } = Exercise.TrueOrFalse(
        "Training changes the activation function",
        false,
        "the activation function is chosen when the network is built; which numbers does learning adjust?",
        "False. Training adjusts the parameters, the weights and the biases; the activation function stays as the network's designers chose it.");

    /// <summary>04: the lesson's neuron with the bias changed to -0.5, squished by sigmoid.</summary>
    public static Exercise LessonNeuronWithCautiousBias { get; } = Exercise.Number(
            "sigmoid activation of the lesson's neuron with bias -0.5",
            Squish(CautiousZ, Activations.Sigmoid),
            "three steps in order: the weighted sum, plus the new bias, gives z; then squish z with 1 / (1 + e^-z).",
            $"w·x = {N(LessonSum)} as before; z = {N(LessonSum)} + (-0.5) = {N(CautiousZ)}; " +
            $"σ({N(CautiousZ)}) ≈ {Squish(CautiousZ, Activations.Sigmoid).ToString("0.000", CultureInfo.InvariantCulture)}.")
        .WithMistake(CautiousZ, "that is z, before the squish: you forgot to squish.")
        .WithMistake(Squish(PreActivation(LessonInputs, LessonWeights, 0.1), Activations.Sigmoid), "that is the activation with the old bias 0.1; this neuron's bias is -0.5.")
        .WithMistake(Squish(LessonSum, Activations.Sigmoid), "that squishes the weighted sum alone: the bias was left out.")
        .WithMistake(Squish(PreActivation(LessonInputs, LessonWeights, 0.5), Activations.Sigmoid), "the bias is -0.5: it takes 0.5 away instead of adding it.");

    /// <summary>04: the same cautious neuron squished by ReLU.</summary>
    public static Exercise LessonNeuronWithCautiousBiasReLU { get; } = Exercise.Number(
            "ReLU activation of the lesson's neuron with bias -0.5",
            Squish(CautiousZ, Activations.ReLU),
            "work out the new z first; what does ReLU do with a z of that sign?",
            $"z = {N(LessonSum)} - 0.5 = {N(CautiousZ)}, which is negative, " +
            $"so ReLU gives max(0, z) = {N(Squish(CautiousZ, Activations.ReLU))}.")
        .WithMistake(CautiousZ, "that is z: ReLU has not been applied yet.")
        .WithMistake(PreActivation(LessonInputs, LessonWeights, 0.1), "that is the old z, with bias 0.1; this neuron's bias is -0.5.")
        .WithMistake(Squish(CautiousZ, Activations.Sigmoid), "that is the sigmoid activation; this question squishes with ReLU.");

    /// <summary>05: which digit scores highest on average against the ring template.</summary>
    public static Exercise RingLikesWhichDigit { get; } = Exercise.Digit(
            "The digit with the highest average score against the ring template",
            Templates.Ring0.MadeFor!.Value,
            "find the largest of the ten averages; the answer is the digit it belongs to, not the score itself.",
            $"The averages peak at digit {Templates.Ring0.MadeFor}: a handwritten 0 is a ring of ink around an empty centre, exactly where the template has positive weights around negative ones.");

    /// <summary>06: the parameters of a 784-32-10 network.</summary>
    public static Exercise ParametersOf784_32_10 { get; } = Exercise.Number(
            "Parameters of a 784-32-10 network",
            NetworkShape.Parse("784-32-10").TotalParameters,
            "count one layer at a time: how many connections join n neurons to m neurons, and how many neurons receive a bias? Then add the layers.",
            $"784 × 32 + 32 = {C(NetworkShape.Parse("784-32-10").Layers[0].Parameters)} for the first layer, 32 × 10 + 10 = {C(NetworkShape.Parse("784-32-10").Layers[1].Parameters)} for the second: " +
            $"{C(NetworkShape.Parse("784-32-10").TotalParameters)} in all.")
        .WithMistake(NetworkShape.Parse("784-32-10").Layers.Sum(l => l.Weights), "you counted the weights but not the biases: every neuron after the input layer has one.")
        .WithMistake(NetworkShape.Parse("784-32-10").Layers[0].Parameters, "you counted only the first layer; the 32 → 10 layer has parameters too.")
        .WithMistake(784 + 32 + 10, "you counted neurons, not parameters.")
        .WithMistake(784 * 32 * 10, "multiplying all the sizes together counts paths through the network, not its connections.");

    /// <summary>06: the parameters of a 784-16-16-10 network with a third hidden layer of 16.</summary>
    public static Exercise ParametersWithAnotherHiddenLayer { get; } = Exercise.Number(
            "Parameters of 784-16-16-16-10",
            NetworkShape.Parse("784-16-16-16-10").TotalParameters,
            "start from the 784-16-16-10 count you know; what does one more layer between two layers of 16 add, in weights and in biases?",
            $"The new 16 → 16 layer adds 16 × 16 = 256 weights and 16 biases: {C(NetworkShape.Parse("784-16-16-10").TotalParameters)} + 272 = {C(NetworkShape.Parse("784-16-16-16-10").TotalParameters)}.")
        .WithMistake(NetworkShape.Parse("784-16-16-10").TotalParameters, "that is the network before the new layer was added.")
        .WithMistake(NetworkShape.Parse("784-16-16-10").TotalParameters + 16 * 16, "you counted the new layer's weights but not its biases.")
        .WithMistake(NetworkShape.Parse("784-16-16-10").TotalParameters + 16, "you counted the new layer's biases but not its weights.");

    /// <summary>07: two networks of the same shape with different parameter values answer the same input the same way.</summary>
    public static Exercise SameShapeSameAnswers { get; } = Exercise.TrueOrFalse(
        "Two networks of the same shape always give the same answers",
        false,
        "compare random network A with the trained network in this notebook: same shape, same formula; do they answer alike?",
        "False. Shape and formula are the same, but the parameter values differ and so do the answers: network A gives one digit for every image, the trained network recognises most digits.");

    /// <summary>07: what the shuffled network answers once it has the trained network's first layer back.</summary>
    public static Exercise SwapTheLayerBack { get; } = Exercise.Digit(
            "The shuffled network with seed 7's first layer back, on a digit seed 7 answers 4",
            4,
            "layers 2 and 3 of the shuffled network were never touched; once layer 1 is seed 7's again, which of its numbers still differ from seed 7's?",
            $"It answers 4. Layers 2 and 3 were seed 7's all along, and layer 1 is seed 7's again, so all {C(NetworkShape.Parse("784-16-16-10").TotalParameters)} numbers equal seed 7's: " +
            "the same structure, the same formula and the same numbers give the same output for every input, so it answers 4 here and exactly what seed 7 answers on every other digit.")
        .WithMistake(3, "the question is about the network after the swap back, and no neuron was exchanged here: which network's numbers does it hold now?");

    /// <summary>07: what the trained network answers after output neurons 3 and 8 exchange their weights and biases.</summary>
    public static Exercise ExchangeTwoOutputNeurons { get; } = Exercise.Digit(
            "Seed 7's network with output neurons 3 and 8 exchanged, on a digit it answered 3 for",
            8,
            "the hidden layers are unchanged, so the output neurons receive the same inputs as before; which output neuron now holds the numbers that gave the largest activation?",
            "It answers 8. The hidden layers are untouched, so the output layer gets the same 16 inputs as before. Neuron 8 now has the weights and bias neuron 3 had, " +
            "so it computes the same weighted sum plus bias and the same squish that made neuron 3 the largest; neuron 3 computes what neuron 8 did, and the other eight are unchanged. " +
            "The largest activation moves with its numbers from position 3 to position 8, and the answer is the position of the largest.")
        .WithMistake(3, "the structure and the formula did not change, but the numbers that made neuron 3 win now belong to another neuron.");

    /// <summary>Every exercise by its property name, such as "WeightedSum", as a notebook cell names it.</summary>
    public static IReadOnlyDictionary<string, Exercise> All { get; } = typeof(Exercises)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(Exercise))
        .ToDictionary(p => p.Name, p => (Exercise)p.GetValue(null)!, StringComparer.Ordinal);

    private static string N(double value) => Format.Number(value);

    private static string C(long count) => Format.Count(count);
}
