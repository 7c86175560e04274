namespace Clawdemy.Notebooks.Tests.Exercises;

public class ExercisesTests
{
    public static TheoryData<string, object, object> RightAndWrong() => new()
    {
        // name, a right answer (hand calculation), a wrong answer
        { nameof(Notebooks.Exercises.ReLUOfTwoAndAHalf), 2.5, 7.0 },                          // max(0, 2.5)
        { nameof(Notebooks.Exercises.WeightedSum), 0.4, 0.9 },                               // 0.4 - 0.5 + 0.5
        { nameof(Notebooks.Exercises.IgnoreTheMiddleInput), new[] { 1.0, 0.0, 2.0 }, new[] { 1.0, 0.5, 2.0 } },
        { nameof(Notebooks.Exercises.BiasOnTheFence), -0.6, 1.7 },                            // 0.6 + b = 0
        { nameof(Notebooks.Exercises.NegativeBiasIsCautious), true, false },
        { nameof(Notebooks.Exercises.ReLUOfNegative), 0.0, 1.0 },                             // max(0, -3.2)
        { nameof(Notebooks.Exercises.SigmoidOfZero), 0.5, 0.25 },                             // 1 / (1 + 1)
        { nameof(Notebooks.Exercises.TrainingKeepsTheSquish), false, true },
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBias), 0.399, 0.9 },             // sigmoid(-0.41) = 0.39891
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBiasReLU), 0.0, 2.0 },           // max(0, -0.41)
        { nameof(Notebooks.Exercises.RingLikesWhichDigit), 0L, 8L },                           // the ring's best average, digit 0
        { nameof(Notebooks.Exercises.ParametersOf784_32_10), 25_450L, 25_000L },               // 784·32 + 32 + 32·10 + 10
        { nameof(Notebooks.Exercises.ParametersWithAnotherHiddenLayer), 13_274L, 14_000L },    // 13,002 + 16·16 + 16
        { nameof(Notebooks.Exercises.SameShapeSameAnswers), false, true },
        { nameof(Notebooks.Exercises.SwapTheLayerBack), 4L, 7L },                              // all of seed 7's numbers again: seed 7's answer
        { nameof(Notebooks.Exercises.ExchangeTwoOutputNeurons), 8L, 5L },                      // neuron 3's numbers now sit at position 8
    };

    private static Exercise Named(string name) => (Exercise)typeof(Notebooks.Exercises).GetProperty(name)!.GetValue(null)!;

    private static Feedback Check(Exercise exercise, object answer) => answer switch
    {
        double d => exercise.Check(d),
        long l => exercise.Check(l),
        double[] a => exercise.Check(a),
        bool b => exercise.Check(b),
        _ => throw new ArgumentException("unknown answer kind"),
    };

    [Theory]
    [MemberData(nameof(RightAndWrong))]
    public void Each_exercise_accepts_a_right_answer_and_answers_a_wrong_one_with_its_hint(string name, object right, object wrong)
    {
        var exercise = Named(name);
        Assert.Equal(FeedbackKind.Right, Check(exercise, right).Kind);
        var feedback = Check(exercise, wrong);
        Assert.Equal(FeedbackKind.NotYet, feedback.Kind);
        Assert.Equal(exercise.Hint, feedback.Message);
    }

    [Theory]
    [MemberData(nameof(RightAndWrong))]
    public void Each_exercise_unanswered_shows_a_neutral_your_answer_here_and_no_verdict(string name, object right, object wrong)
    {
        _ = (right, wrong);
        var feedback = Named(name).Check();
        Assert.Equal(FeedbackKind.Unanswered, feedback.Kind);
        Assert.Contains("Your answer here", feedback.ToHtmlFragment());
        Assert.Contains("clawdemy-feedback unanswered", feedback.ToHtmlFragment());
        Assert.DoesNotContain("Not yet", feedback.ToHtmlFragment());
        Assert.DoesNotContain("Right", feedback.ToHtmlFragment());
    }

    [Theory]
    [MemberData(nameof(RightAndWrong))]
    public void Each_exercise_has_a_worked_solution_and_a_hint_that_does_not_state_the_answer(string name, object right, object wrong)
    {
        _ = wrong;
        var exercise = Named(name);
        Assert.False(string.IsNullOrWhiteSpace(exercise.Solution));
        if (right is double or long)
        {
            var answer = Format.Number(Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(answer, exercise.Solution);
            Assert.DoesNotMatch($@"(^|[^\d.]){System.Text.RegularExpressions.Regex.Escape(answer)}([^\d]|$)", exercise.Hint);
        }
    }

    public static TheoryData<string, object, string> LikelyMistakes() => new()
    {
        // name, a wrong answer a learner often gives, the mistake it names
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBias), -0.41, "forgot to squish" },        // z = 0.09 - 0.5, not squished
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBias), 0.547, "old bias" },                // sigmoid(0.19), the lesson's bias 0.1
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBias), 0.5225, "bias was left out" },      // sigmoid(0.09)
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBias), 0.4, "off by rounding" },          // 0.39891 rounded to one decimal
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBiasReLU), 0.19, "old z" },                // ReLU(0.19)
        { nameof(Notebooks.Exercises.ParametersOf784_32_10), 25_408L, "weights but not the biases" },  // 784·32 + 32·10
        { nameof(Notebooks.Exercises.ParametersOf784_32_10), 25_120L, "only the first layer" },        // 784·32 + 32
        { nameof(Notebooks.Exercises.ParametersWithAnotherHiddenLayer), 13_258L, "weights but not its biases" }, // 13,002 + 16·16
        { nameof(Notebooks.Exercises.ParametersWithAnotherHiddenLayer), 13_002L, "before the new layer" },
        { nameof(Notebooks.Exercises.WeightedSum), 3.5, "without multiplying" },                        // 1 + 0.5 + 2
        { nameof(Notebooks.Exercises.WeightedSum), 1.4, "middle weight is -1" },                        // 0.4 + 0.5 + 0.5
        { nameof(Notebooks.Exercises.BiasOnTheFence), 0.6, "sign" },
        { nameof(Notebooks.Exercises.ReLUOfNegative), -3.2, "z unchanged" },
        { nameof(Notebooks.Exercises.RingLikesWhichDigit), 0.0, "whole number" },                       // a digit given as a double
    };

    [Theory]
    [MemberData(nameof(LikelyMistakes))]
    public void A_known_wrong_answer_is_named_as_the_likely_mistake_with_the_hint(string name, object wrong, string mistake)
    {
        var exercise = Named(name);
        var feedback = Check(exercise, wrong);
        Assert.Equal(FeedbackKind.NotYet, feedback.Kind);
        Assert.Contains(mistake, feedback.LikelyMistake);
        Assert.Contains("Likely mistake: ", feedback.ToHtmlFragment());
        Assert.Contains("Hint: ", feedback.ToHtmlFragment());
    }

    [Fact]
    public void Every_exercise_is_in_the_table()
    {
        var names = Notebooks.Exercises.All.Keys.Order();
        Assert.Equal(names, RightAndWrong().Select(row => (string)row[0]).Order());
    }

    [Fact]
    public void An_answer_rounded_to_three_decimals_is_right()
    {
        // sigmoid(0.19) = 0.547357…; the lesson says "about 0.547".
        var exercise = Exercise.Number("t", Activations.Sigmoid.Squish(0.19), "hint", "solution");
        Assert.True(exercise.Check(0.547).IsRight);
        Assert.False(exercise.Check(0.546).IsRight);
    }

    [Fact]
    public void Feedback_never_shows_the_answer()
    {
        var feedback = Notebooks.Exercises.ParametersOf784_32_10.Check(1L);
        Assert.DoesNotContain("25450", feedback.ToString().Replace(",", ""));
        Assert.DoesNotContain("25450", feedback.ToHtmlFragment().Replace(",", ""));
        Assert.Contains("Not yet", feedback.ToHtmlFragment());
        Assert.DoesNotContain("25450", string.Join(" ", feedback.Message, feedback.LikelyMistake).Replace(",", ""));
    }

    [Fact]
    public void Every_exercise_is_found_by_the_name_a_notebook_cell_uses()
    {
        Assert.Same(Notebooks.Exercises.WeightedSum, Notebooks.Exercises.All["WeightedSum"]);
        Assert.Equal(16, Notebooks.Exercises.All.Count); // two for each of notebooks 00 to 07
    }

    [Fact]
    public void The_wrong_kind_of_answer_gets_a_hint_about_the_kind()
    {
        var feedback = Notebooks.Exercises.NegativeBiasIsCautious.Check(1.0);
        Assert.False(feedback.IsRight);
        Assert.Contains("different kind of answer", feedback.Message);
    }

    [Fact]
    public void The_swap_back_exercise_holds_for_the_committed_network_on_every_test_digit_it_answers_4()
    {
        var trained = NetworkFile.Load(RepoPaths.Combine("data", "network", "digits-784-16-16-10.json")).Network;
        var test = DigitSet.Load(RepoPaths.Combine("data", "mnist", "t10k-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "t10k-labels-idx1-ubyte.gz"));
        var back = trained.WithLayerShuffled(layer: 1, seed: 1).WithLayerFrom(trained, layer: 1);

        var fours = test.Digits.Where(d => trained.Predict(d.Pixels) == 4).ToArray();
        Assert.NotEmpty(fours);
        Assert.All(fours, d => Assert.Equal(4, back.Predict(d.Pixels)));
    }

    [Fact]
    public void The_exchange_exercise_holds_for_the_committed_network_on_every_test_digit_it_answered_3()
    {
        var trained = NetworkFile.Load(RepoPaths.Combine("data", "network", "digits-784-16-16-10.json")).Network;
        var output = trained.Layers[2];
        int[] exchange = [0, 1, 2, 8, 4, 5, 6, 7, 3, 9]; // row k of the new output layer is row exchange[k] of the old
        var exchanged = new Network([trained.Layers[0], trained.Layers[1], new DenseLayer(
            Matrix<double>.Build.DenseOfRowVectors(exchange.Select(output.Weights.Row)),
            Vector<double>.Build.DenseOfEnumerable(exchange.Select(k => output.Biases[k])), output.Activation)]);

        var threes = DigitSet.Load(RepoPaths.Combine("data", "mnist", "t10k-images-idx3-ubyte.gz"), RepoPaths.Combine("data", "mnist", "t10k-labels-idx1-ubyte.gz")).Digits.Where(d => trained.Predict(d.Pixels) == 3).ToArray();
        Assert.NotEmpty(threes);
        Assert.All(threes, d => Assert.Equal(8, exchanged.Predict(d.Pixels)));
    }
}
