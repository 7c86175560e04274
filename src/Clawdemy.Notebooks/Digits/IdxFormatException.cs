namespace Clawdemy.Notebooks;

/// <summary>An IDX file (MNIST's format) that cannot be read; the message names the file and what is wrong.</summary>
/// <param name="message">One line naming the file.</param>
public sealed class IdxFormatException(string message) : Exception(message);
