namespace Clawdemy.Notebooks;

/// <summary>
/// One exercise with instant feedback. <c>Check()</c> with nothing between the parentheses shows a neutral "your answer
/// here"; <c>Check(answer)</c> says right, or names the likely mistake and gives a hint, without printing the answer.
/// Numeric answers are accepted within <see cref="Tolerance"/>, so 0.547 and 0.5474 both count; an answer within
/// <see cref="RoundingSlack"/> of the right one is called "off by rounding". <see cref="Solution"/> is the worked
/// answer, for the teacher's edition of the handouts.
/// </summary>
public sealed class Exercise
{
    /// <summary>How far a numeric answer may be from the right one: answers rounded to 3 decimals are right.</summary>
    public const double Tolerance = 0.0005 + 1e-9;

    /// <summary>How far a numeric answer may be from the right one to be "off by rounding" rather than wrong.</summary>
    public const double RoundingSlack = 0.01;

    /// <summary>What an empty <c>Check()</c> says.</summary>
    public const string AnswerHere = "Replace the comment between the parentheses of Check( ) with your answer, then run the cell.";

    private readonly Func<object, bool?> _accepts;
    private readonly Func<object, bool> _nearlyRight;
    private readonly IReadOnlyList<Mistake> _mistakes;

    private Exercise(string title, string hint, string solution, string praise, Func<object, bool?> accepts, Func<object, bool> nearlyRight, IReadOnlyList<Mistake> mistakes)
    {
        Title = title;
        Hint = hint;
        Solution = solution;
        Praise = praise;
        _accepts = accepts;
        _nearlyRight = nearlyRight;
        _mistakes = mistakes;
    }

    /// <summary>The exercise's title.</summary>
    public string Title { get; }

    /// <summary>What the learner sees after a wrong answer: a question that leads towards the answer without stating it.</summary>
    public string Hint { get; }

    /// <summary>The worked answer, step by step, for the teacher's edition (<c>clawdemy export --solutions</c>).</summary>
    public string Solution { get; }

    /// <summary>What the learner sees after a right answer.</summary>
    public string Praise { get; }

    /// <summary>An exercise whose answer is one number, compared within <see cref="Tolerance"/>.</summary>
    /// <param name="title">The title.</param>
    /// <param name="expected">The right answer, computed by the library.</param>
    /// <param name="hint">The hint for a wrong answer.</param>
    /// <param name="solution">The worked answer.</param>
    /// <param name="praise">The note for a right answer.</param>
    /// <returns>The exercise.</returns>
    public static Exercise Number(string title, double expected, string hint, string solution, string praise = "Well done.") =>
        new(title, hint, solution, praise,
            answer => AsNumber(answer) is { } d ? Math.Abs(d - expected) <= Tolerance : null,
            answer => AsNumber(answer) is { } d && Math.Abs(d - expected) <= RoundingSlack && expected != Math.Round(expected),
            []);

    /// <summary>An exercise whose answer is a digit 0 to 9, given as a whole number such as <c>Check(3)</c>.</summary>
    /// <param name="title">The title.</param>
    /// <param name="expected">The right digit.</param>
    /// <param name="hint">The hint for a wrong answer.</param>
    /// <param name="solution">The worked answer.</param>
    /// <param name="praise">The note for a right answer.</param>
    /// <returns>The exercise; a decimal answer such as 3.0 is told to drop the decimal point.</returns>
    public static Exercise Digit(string title, int expected, string hint, string solution, string praise = "Well done.") =>
        new(title, hint, solution, praise, answer => answer is long l ? l == expected : null, _ => false, []);

    /// <summary>An exercise whose answer is a list of numbers that a rule accepts (there may be many right answers).</summary>
    /// <param name="title">The title.</param>
    /// <param name="accepts">The rule.</param>
    /// <param name="hint">The hint for a wrong answer.</param>
    /// <param name="solution">The worked answer.</param>
    /// <param name="praise">The note for a right answer.</param>
    /// <returns>The exercise.</returns>
    public static Exercise Numbers(string title, Func<double[], bool> accepts, string hint, string solution, string praise = "Well done.") =>
        new(title, hint, solution, praise, answer => answer is double[] values ? accepts(values) : null, _ => false, []);

    /// <summary>An exercise whose answer is true or false.</summary>
    /// <param name="title">The title.</param>
    /// <param name="expected">The right answer.</param>
    /// <param name="hint">The hint for a wrong answer.</param>
    /// <param name="solution">The worked answer.</param>
    /// <param name="praise">The note for a right answer.</param>
    /// <returns>The exercise.</returns>
    public static Exercise TrueOrFalse(string title, bool expected, string hint, string solution, string praise = "Well done.") =>
        new(title, hint, solution, praise, answer => answer is bool b ? b == expected : null, _ => false, []);

    /// <summary>
    /// The same exercise, knowing one more likely mistake: a wrong number that learners often reach, within
    /// <see cref="Tolerance"/>, and what it says about how they got there.
    /// </summary>
    /// <param name="wrong">The wrong answer, computed the wrong way by the library (such as z before the squish).</param>
    /// <param name="message">What the learner probably did, such as "that is z: you forgot to squish".</param>
    /// <returns>A new exercise.</returns>
    public Exercise WithMistake(double wrong, string message) =>
        WithMistake(answer => AsNumber(answer) is { } d && Math.Abs(d - wrong) <= Tolerance, message);

    /// <summary>The same exercise, knowing one more likely mistake for a list answer.</summary>
    /// <param name="matches">Whether a list of numbers is this mistake.</param>
    /// <param name="message">What the learner probably did.</param>
    /// <returns>A new exercise.</returns>
    public Exercise WithMistake(Func<double[], bool> matches, string message)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return WithMistake(answer => answer is double[] values && matches(values), message);
    }

    /// <summary>Shows the neutral "your answer here": the learner has not answered yet.</summary>
    /// <returns>The feedback, which is never a verdict.</returns>
    public Feedback Check() => Verdict(Array.Empty<double>());

    /// <summary>Checks a numeric answer.</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(double answer) => Verdict(answer);

    /// <summary>Checks a whole-number answer, such as a parameter count or a digit.</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(long answer) => Verdict(answer);

    /// <summary>Checks a list of numbers, such as weights. No numbers at all means "not answered yet".</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(params double[] answer) => Verdict(answer ?? []);

    /// <summary>Checks a true-or-false answer.</summary>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    public Feedback Check(bool answer) => Verdict(answer);

    private Exercise WithMistake(Func<object, bool> matches, string message) =>
        new(Title, Hint, Solution, Praise, _accepts, _nearlyRight, [.. _mistakes, new Mistake(matches, message)]);

    private Feedback Verdict(object answer)
    {
        if (answer is double[] { Length: 0 }) return new Feedback(Title, FeedbackKind.Unanswered, AnswerHere);
        switch (_accepts(answer))
        {
            case true:
                return new Feedback(Title, FeedbackKind.Right, Praise);
            case null when answer is double && _accepts(0L) is not null:
                return new Feedback(Title, FeedbackKind.NotYet, Hint, "the answer is a digit, a whole number: write it without a decimal point, such as Check(3).");
            case null:
                return new Feedback(Title, FeedbackKind.NotYet, $"this exercise wants a different kind of answer than {KindOf(answer)}.");
        }

        var mistake = _mistakes.FirstOrDefault(m => m.Matches(answer))?.Message
            ?? (_nearlyRight(answer) ? "off by rounding: you are close, so round only at the end and give at least three decimals." : null);
        return new Feedback(Title, FeedbackKind.NotYet, Hint, mistake);
    }

    private static double? AsNumber(object answer) => answer switch
    {
        double d => d,
        long l => l,
        _ => null,
    };

    private static string KindOf(object answer) => answer switch
    {
        bool => "true or false",
        double[] => "a list of numbers",
        long or double => "a number",
        _ => answer.GetType().Name,
    };
}
