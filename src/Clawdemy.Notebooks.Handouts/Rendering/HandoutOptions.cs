namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>How handouts look.</summary>
/// <param name="Highlight">Colour C# code by its tokens; plain text when false.</param>
/// <param name="CourseTitle">The course's name, shown at the top of every page and on the index.</param>
/// <param name="TrustMarkdown">
/// Keep the Markdown's HTML as written, scripts included (<c>--trust-markdown</c>); by default it is sanitised, since a
/// notebook's Markdown may come from anyone.
/// </param>
/// <param name="Solutions">The teacher's edition: each exercise's worked answer follows its check cell.</param>
public sealed record HandoutOptions(bool Highlight = true, string CourseTitle = "Lesson 3 · Weights, biases, and the squish", bool TrustMarkdown = false, bool Solutions = false);
