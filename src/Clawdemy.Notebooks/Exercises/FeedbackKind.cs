namespace Clawdemy.Notebooks;

/// <summary>What a check found: no answer yet, a right answer, or an answer that is not right yet.</summary>
public enum FeedbackKind
{
    /// <summary>No answer was given (<c>Check()</c> with nothing between the parentheses): a neutral "your answer here".</summary>
    Unanswered,

    /// <summary>The answer was accepted.</summary>
    Right,

    /// <summary>The answer was not accepted; the feedback names the likely mistake when it can, and gives a hint.</summary>
    NotYet,
}
