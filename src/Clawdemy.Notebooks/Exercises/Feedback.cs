namespace Clawdemy.Notebooks;

/// <summary>What an exercise check says: right, or not yet with a hint. It never contains the answer.</summary>
/// <param name="Exercise">The exercise's title.</param>
/// <param name="IsRight">Whether the answer was accepted.</param>
/// <param name="Message">Praise, or a hint.</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record Feedback(string Exercise, bool IsRight, string Message) : IHtmlRenderable
{
    /// <summary>One line, such as "✓ Right — …" or "✗ Not yet — hint: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsRight ? $"✓ {Exercise}: right. {Message}" : $"✗ {Exercise}: not yet. Hint: {Message}";

    /// <summary>A coloured box with the verdict.</summary>
    /// <returns>An HTML fragment.</returns>
    public string ToHtmlFragment()
    {
        var (border, background, mark) = IsRight ? ("#2ca02c", "#eef8ee", "✓ Right") : ("#e08a00", "#fff6e5", "✗ Not yet");
        var text = IsRight ? Message : $"Hint: {Message}";
        return $"<div class=\"clawdemy-feedback\" style=\"border-left: 4px solid {border}; background: {background}; padding: 0.5em 0.8em;\">" +
               $"<strong>{mark}</strong> · {Html.Escape(Exercise)}<br>{Html.Escape(text)}</div>";
    }
}
