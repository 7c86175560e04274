namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// One formatting operation: the writer, how deep the value being written is nested, and the content (the dni-styles
/// block) to write once at the end.
/// </summary>
public sealed class FormatContext : IDisposable
{
    private readonly List<string> _required = [];
    private bool _recursionDisabled;

    /// <summary>Creates a context that writes to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the formatted text goes.</param>
    public FormatContext(TextWriter writer) => Writer = writer;

    /// <summary>How deep the value being formatted is nested (1 for the displayed value itself).</summary>
    public int Depth { get; internal set; }

    /// <summary>Where the formatted text goes.</summary>
    public TextWriter Writer { get; }

    /// <summary>Whether nested values are still formatted in full; past <see cref="Formatter.RecursionLimit"/> they are written as plain text.</summary>
    internal bool AllowRecursion => Depth <= Formatter.RecursionLimit && !_recursionDisabled;

    /// <summary>Whether the next object starts an item of a plain-text list (written "  - " and without its type).</summary>
    internal bool IsStartingObjectWithinSequence { get; set; }

    internal void DisableRecursion() => _recursionDisabled = true;

    internal void EnableRecursion() => _recursionDisabled = false;

    /// <summary>Asks for <paramref name="content"/> to be written once, after the value.</summary>
    internal void RequireOnComplete(string content)
    {
        if (!_required.Contains(content)) _required.Add(content);
    }

    /// <summary>Writes the content required by the formatters that ran.</summary>
    public void Dispose()
    {
        foreach (var content in _required) Writer.Write(content);
        _required.Clear();
    }
}
