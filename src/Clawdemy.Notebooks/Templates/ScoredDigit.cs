namespace Clawdemy.Notebooks;

/// <summary>A digit and its score against a template (the weighted sum of its pixels).</summary>
/// <param name="Digit">The digit.</param>
/// <param name="Score">Its score.</param>
public sealed record ScoredDigit(Digit Digit, double Score);
