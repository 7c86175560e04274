namespace Clawdemy.Notebooks.Tests.Exercises;

public class ExercisesTests
{
    public static TheoryData<string, object, object> RightAndWrong() => new()
    {
        // name, a right answer (hand calculation), a wrong answer
        { nameof(Notebooks.Exercises.ReLUOfTwoAndAHalf), 2.5, 0.0 },                          // max(0, 2.5)
        { nameof(Notebooks.Exercises.WeightedSum), 0.4, 0.9 },                               // 0.4 - 0.5 + 0.5
        { nameof(Notebooks.Exercises.IgnoreTheMiddleInput), new[] { 1.0, 0.0, 2.0 }, new[] { 1.0, 0.5, 2.0 } },
        { nameof(Notebooks.Exercises.BiasOnTheFence), -0.6, 0.6 },                            // 0.6 + b = 0
        { nameof(Notebooks.Exercises.NegativeBiasIsCautious), true, false },
        { nameof(Notebooks.Exercises.ReLUOfNegative), 0.0, -3.2 },                            // max(0, -3.2)
        { nameof(Notebooks.Exercises.SigmoidOfZero), 0.5, 1.0 },                              // 1 / (1 + 1)
        { nameof(Notebooks.Exercises.TrainingKeepsTheSquish), false, true },
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBias), 0.399, 0.547 },           // sigmoid(-0.41) = 0.39891
        { nameof(Notebooks.Exercises.LessonNeuronWithCautiousBiasReLU), 0.0, -0.41 },         // max(0, -0.41)
        { nameof(Notebooks.Exercises.RingLikesWhichDigit), 0.0, 8.0 },
        { nameof(Notebooks.Exercises.ParametersOf784_32_10), 25_450L, 25_088L },               // 784·32 + 32 + 32·10 + 10
        { nameof(Notebooks.Exercises.ParametersWithAnotherHiddenLayer), 13_274L, 13_002L },    // 13,002 + 16·16 + 16
        { nameof(Notebooks.Exercises.SameShapeSameAnswers), false, true },
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
    public void Each_exercise_accepts_a_right_answer_and_rejects_a_wrong_one(string name, object right, object wrong)
    {
        var exercise = Named(name);
        Assert.True(Check(exercise, right).IsRight, $"{name} refused {right}");
        var feedback = Check(exercise, wrong);
        Assert.False(feedback.IsRight, $"{name} accepted {wrong}");
        Assert.Equal(exercise.Hint, feedback.Message);
    }

    [Fact]
    public void Every_exercise_is_in_the_table()
    {
        var names = typeof(Notebooks.Exercises).GetProperties().Select(p => p.Name).Order();
        Assert.Equal(names, RightAndWrong().Select(row => (string)row[0]).Order());
    }

    [Fact]
    public void An_answer_rounded_to_three_decimals_is_right()
    {
        // sigmoid(0.19) = 0.547357…; the lesson says "about 0.547".
        var exercise = Exercise.Number("t", Activations.Sigmoid.Apply(0.19), "hint");
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
    }

    [Fact]
    public void The_wrong_kind_of_answer_gets_a_hint_about_the_kind()
    {
        var feedback = Notebooks.Exercises.NegativeBiasIsCautious.Check(1.0);
        Assert.False(feedback.IsRight);
        Assert.Contains("different kind of answer", feedback.Message);
    }
}
