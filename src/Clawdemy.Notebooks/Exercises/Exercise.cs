namespace Clawdemy.Notebooks;

/// <summary>
/// One exercise with instant feedback: <c>Check(answer)</c> says right, or gives a hint, without printing the answer.
/// Numeric answers are accepted within <see cref="Tolerance"/>, so 0.547 and 0.5474 both count.
/// </summary>
public sealed class Exercise
{
    /// <summary>How far a numeric answer may be from the right one: answers rounded to 3 decimals are right.</summary>
    public const double Tolerance = 0.0005 + 1e-9;

    private readonly Func<object, bool?> _accepts;

    private Exercise(string title, string hint, string praise, Func<object, bool?> accepts)
    {
        Title = title;
        Hint = hint;
        Praise = praise;
        _accepts = accepts;
    }

    /// <summary>The exercise's title.</summary>
    public string Title { get; }

    /// <summary>What the learner sees after a wrong answer.</summary>
    public string Hint { get; }

    /// <summary>What the learner sees after a right answer.</summary>
    public string Praise { get; }

    /// <summary>An exercise whose answer is one number, compared within <see cref="Tolerance"/>.</summary>
    /// <param name="title">The title.</param>
    /// <param name="expected">The right answer, computed by the library.</param>
    /// <param name="hint">The hint for a wrong answer.</param>
    /// <param name="praise">The note for a right answer.</param>
    /// <returns>The exercise.</returns>
    public static Exercise Number(string title, double expected, string hint, string praise = "Well done.") =>
        new(title, hint, praise, answer => answer switch
        {
            double d => Math.Abs(d - expected) <= Tolerance,
            int i => Math.Abs(i - expected) <= Tolerance,
            long l => Math.Abs(l - expected) <= Tolerance,
            _ => null,
        });

    /// <summary>An exercise whose answer is a list of numbers that a rule accepts (there may be many right answers).</summary>
    /// <param name="title">The title.</param>
    /// <param name="accepts">The rule.</param>
    /// <param name="hint">The hint for a wrong answer.</param>
    /// <param name="praise">The note for a right answer.</param>
    /// <returns>The exercise.</returns>
    public static Exercise Numbers(string title, Func<double[], bool> accepts, string hint, string praise = "Well done.") =>
        new(title, hint, praise, answer => answer is double[] values ? accepts(values) : null);

    /// <summary>An exercise whose answer is true or false.</summary>
    /// <param name="title">The title.</param>
    /// <param name="expected">The right answer.</param>
    /// <param name="hint">The hint for a wrong answer.</param>
    /// <param name="praise">The note for a right answer.</param>
    /// <returns>The exercise.</returns>
    public static Exercise TrueOrFalse(string title, bool expected, string hint, string praise = "Well done.") =>
        new(title, hint, praise, answer => answer is bool b ? b == expected : null);

    /// <summary>Checks a numeric answer.</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(double answer) => Verdict(answer);

    /// <summary>Checks a whole-number answer, such as a parameter count.</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(long answer) => Verdict(answer);

    /// <summary>Checks a list of numbers, such as weights.</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(params double[] answer) => Verdict(answer ?? []);

    /// <summary>Checks a true-or-false answer.</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(bool answer) => Verdict(answer);

    private Feedback Verdict(object answer) => _accepts(answer) switch
    {
        true => new Feedback(Title, true, Praise),
        false => new Feedback(Title, false, Hint),
        null => new Feedback(Title, false, $"this exercise wants a different kind of answer than {answer.GetType().Name}."),
    };
}
