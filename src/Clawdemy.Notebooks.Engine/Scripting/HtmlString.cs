namespace Clawdemy.Notebooks.Engine.Scripting;

/// <summary>Raw HTML to display as is, made by <c>HTML("…")</c>.</summary>
/// <param name="Html">The markup.</param>
public sealed record HtmlString(string Html)
{
    /// <summary>The markup.</summary>
    public override string ToString() => Html;
}
