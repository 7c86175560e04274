namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>A cell asked for input where none can be given: a headless run, or a front end that did not allow stdin.</summary>
public sealed class InputUnavailableException(string message) : InvalidOperationException(message);
