namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>How handouts look.</summary>
/// <param name="Highlight">Colour C# code by its tokens; plain text when false.</param>
/// <param name="CourseTitle">The course's name, shown at the top of every page and on the index.</param>
/// <param name="Solutions">The teacher's edition: each exercise's worked answer follows its check cell.</param>
public sealed record HandoutOptions(bool Highlight = true, string CourseTitle = "Lesson 3 · Weights, biases, and the squish", bool Solutions = false);
