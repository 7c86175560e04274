namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>One finished handout page.</summary>
/// <param name="FileName">Its file name, such as 01_weighted_sum.html.</param>
/// <param name="Title">The notebook's title.</param>
/// <param name="Html">The whole self-contained page.</param>
public sealed record Handout(string FileName, string Title, string Html);
