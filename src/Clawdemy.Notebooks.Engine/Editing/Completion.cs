namespace Clawdemy.Notebooks.Engine.Editing;

/// <summary>One completion: the text that replaces the word being typed, the kind of symbol (Jupyter's type names), and its signature.</summary>
public sealed record Completion(string Text, string Kind, string Signature);
