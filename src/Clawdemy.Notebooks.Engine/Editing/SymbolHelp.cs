namespace Clawdemy.Notebooks.Engine.Editing;

/// <summary>What is known about the symbol at a cursor: its signature and the summary of its XML documentation (empty when it has none).</summary>
public sealed record SymbolHelp(string Signature, string Summary);
