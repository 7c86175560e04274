namespace Clawdemy.Notebooks;

/// <summary>A wrong answer that learners often give, and what it tells about how they got it.</summary>
/// <param name="Matches">Whether an answer is this mistake.</param>
/// <param name="Message">What the learner probably did, such as "that is z: you forgot to squish".</param>
internal sealed record Mistake(Func<object, bool> Matches, string Message);
