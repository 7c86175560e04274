namespace Clawdemy.Notebooks.Tests.Charts;

/// <summary>Every lesson plot, built from the lesson's own numbers, for the golden files and the browser test.</summary>
internal static class LessonPlots
{
    public static Neuron LessonNeuron { get; } = new([0.3, -0.2, 0.5], bias: 0.1, Activations.Sigmoid);

    public static double[] LessonInputs { get; } = [0.5, 0.8, 0.2];

    /// <summary>A template that wants ink in the top rows and none below: "a bar across the top".</summary>
    public static PixelTemplate TopBar { get; } = PixelTemplate.FromGrid(Matrix<double>.Build.Dense(28, 28, (r, _) => r is >= 4 and < 8 ? 1.0 : -0.2), "bar across the top");

    /// <summary>A made-up picture of a 7: a bar at the top and a stroke down to the bottom left.</summary>
    public static Vector<double> Seven { get; } = PixelTemplate.FromGrid(Matrix<double>.Build.Dense(28, 28, (r, c) =>
        (r is >= 5 and < 8 && c is >= 6 and < 22) || (r >= 8 && r < 24 && Math.Abs(c - (21 - (r - 8) * 0.6)) < 1.5) ? 1.0 : 0.0));

    /// <summary>The committed MNIST sample's training digits.</summary>
    public static DigitSet Sample { get; } = DigitSet.Load(
        RepoPaths.Combine("data", "mnist", "train-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "train-labels-idx1-ubyte.gz"));

    public static IReadOnlyDictionary<string, GenericChart> All() => new Dictionary<string, GenericChart>
    {
        ["Activations"] = Plots.ActivationCurves(),
        ["BiasSlider"] = Plots.BiasSlider(),
        ["Contributions"] = Plots.Contributions(LessonNeuron.Trace(LessonInputs)),
        ["WeightSlider"] = Plots.WeightSlider(LessonNeuron, LessonInputs, weight: 2),
        ["Picture"] = Plots.Picture(TopBar.Weights, "template: bar across the top", diverging: true),
        ["TemplateMatch"] = Plots.TemplateMatch(TopBar, Seven, "a 7"),
        ["ParametersPerLayer"] = Plots.ParametersPerLayer(NetworkShape.Parse("784-16-16-10")),
        ["Line"] = Plots.Line([16, 32, 64], [13_002, 26_506, 55_050], "Parameters as the hidden layers widen", "hidden width", "parameters"),
        ["Bars"] = Plots.Bars(["0", "1", "2"], [0.1, 0.7, 0.2], "Outputs", "digit", "activation"),
        ["Digits"] = Plots.Digits(Sample.Digits.Take(10), "The first 10 training digits"),
        ["ScoresByDigit"] = Plots.ScoresByDigit(Notebooks.Templates.TopBar, Sample),
        ["FirstLayerWeights"] = Plots.FirstLayerWeights(Network.Random("784-4-2", seed: 3)),
        ["DigitAccuracy"] = Plots.DigitAccuracy(Trained.AnswersOn(FirstHundred, "trained, seed 7")),
        ["Disagreement"] = Plots.Disagreement(Disagreement.Between(Trained.AnswersOn(FirstHundred, "seed 7"), Trained.WithLayerScaled(layer: 1, factor: 0.2).AnswersOn(FirstHundred, "layer 1 × 0.2"))),
    };

    /// <summary>The committed trained network (data/network, seed 7).</summary>
    public static Network Trained { get; } = NetworkFile.Load(RepoPaths.Combine("data", "network", "digits-784-16-16-10.json")).Network;

    /// <summary>The first 100 training digits, 10 of each: enough for a per-digit chart and a few disagreements.</summary>
    public static DigitSet FirstHundred { get; } = new(Sample.Digits.Take(100));
}
