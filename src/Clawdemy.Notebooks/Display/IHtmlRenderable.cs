namespace Clawdemy.Notebooks;

/// <summary>A value of the helper library that shows itself in a notebook as HTML (a table, a chart).</summary>
public interface IHtmlRenderable
{
    /// <summary>The value as an HTML fragment that a notebook output or a handout can embed.</summary>
    /// <returns>HTML text.</returns>
    string ToHtmlFragment();
}
