namespace Clawdemy.Notebooks.Engine.Editing;

/// <summary>The completions at a cursor: the span they replace (the word being typed) and the matches, in order.</summary>
/// <param name="Start">Where the replaced span starts, in UTF-16 characters.</param>
/// <param name="End">Where it ends: the cursor.</param>
/// <param name="Matches">Distinct names, each with its kind.</param>
public sealed record Completions(int Start, int End, IReadOnlyList<Completion> Matches);
