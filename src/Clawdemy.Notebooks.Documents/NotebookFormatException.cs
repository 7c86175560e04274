namespace Clawdemy.Notebooks.Documents;

/// <summary>A notebook file that cannot be read as nbformat 4; the message is one line naming the file and the field.</summary>
public sealed class NotebookFormatException(string message, Exception? inner = null) : Exception(message, inner);
