namespace Clawdemy.Notebooks;

/// <summary>
/// What an exercise check says: a neutral "your answer here" before any answer, "right", or "not yet" with the likely
/// mistake (when the answer is a known one) and a hint. It never contains the answer.
/// </summary>
/// <param name="Exercise">The exercise's title.</param>
/// <param name="Kind">Unanswered, right or not yet.</param>
/// <param name="Message">What to do (unanswered), praise (right) or a hint (not yet).</param>
/// <param name="LikelyMistake">For a wrong answer that is a known mistake, what the learner probably did; otherwise null.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record Feedback(string Exercise, FeedbackKind Kind, string Message, string? LikelyMistake = null) : IHtmlRenderable
{
    /// <summary>Whether the answer was accepted.</summary>
    public bool IsRight => Kind == FeedbackKind.Right;

    /// <summary>One line, such as "✎ Your answer here: …", "✓ …: right. …" or "✗ …: not yet. Likely mistake: … Hint: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FeedbackKind.Unanswered => $"✎ {Exercise}: your answer here. {Message}",
        FeedbackKind.Right => $"✓ {Exercise}: right. {Message}",
        _ => $"✗ {Exercise}: not yet. {(LikelyMistake is null ? "" : $"Likely mistake: {LikelyMistake} ")}Hint: {Message}",
    };

    /// <summary>A box with the state: neutral grey-blue for "your answer here", green for right, amber for not yet.</summary>
    /// <returns>An HTML fragment whose class names the state: <c>clawdemy-feedback unanswered|right|not-yet</c>.</returns>
    public string ToHtmlFragment()
    {
        var (state, border, background, mark) = Kind switch
        {
            FeedbackKind.Unanswered => ("unanswered", "#8aa1b8", "#f3f6f9", "✎ Your answer here"),
            FeedbackKind.Right => ("right", "#2ca02c", "#eef8ee", "✓ Right"),
            _ => ("not-yet", "#e08a00", "#fff6e5", "✗ Not yet"),
        };
        var lines = new List<string>();
        if (LikelyMistake is not null) lines.Add($"Likely mistake: {LikelyMistake}");
        lines.Add(Kind == FeedbackKind.NotYet ? $"Hint: {Message}" : Message);
        return $"<div class=\"clawdemy-feedback {state}\" style=\"border-left: 4px solid {border}; background: {background}; padding: 0.5em 0.8em;\">" +
               $"<strong>{mark}</strong> · {Html.Escape(Exercise)}<br>{string.Join("<br>", lines.Select(Html.Escape))}</div>";
    }
}
