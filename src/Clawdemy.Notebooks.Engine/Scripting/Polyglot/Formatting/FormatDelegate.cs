namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>Writes <paramref name="value"/> to <paramref name="context"/>; returns false to leave it to the next formatter.</summary>
/// <typeparam name="T">The type formatted.</typeparam>
/// <param name="value">The value.</param>
/// <param name="context">Where it is written.</param>
public delegate bool FormatDelegate<in T>(T value, FormatContext context);
