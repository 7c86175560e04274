namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// Marks where content rendered later goes (typeset math, sanitised Markdown): a token between two private-use
/// characters with a random nonce, so that no notebook can forge one, that a sanitiser keeps as text, and that a
/// heading's generated id (letters, digits and dashes only) never holds whole. The nonce never reaches a page.
/// </summary>
internal sealed class Placeholders(string kind)
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private readonly string _prefix = $"{Open}{kind}-{Guid.NewGuid():N}:";

    /// <summary>The placeholder for item <paramref name="index"/>.</summary>
    public string For(int index) => $"{_prefix}{index}{Close}";

    /// <summary>Replaces every placeholder in <paramref name="html"/> with its item.</summary>
    public string Fill(string html, IReadOnlyList<string> items)
    {
        if (!html.Contains(_prefix, StringComparison.Ordinal)) return html;
        for (var i = 0; i < items.Count; i++) html = html.Replace(For(i), items[i], StringComparison.Ordinal);
        return html;
    }
}
