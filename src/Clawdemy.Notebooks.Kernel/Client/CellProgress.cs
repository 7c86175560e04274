namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>A step of a notebook run, for progress displays.</summary>
/// <param name="Path">The notebook.</param>
/// <param name="CellNumber">The cell, from 1.</param>
/// <param name="Finished">False when the cell starts, true when it ends.</param>
/// <param name="Failed">Whether the finished cell failed.</param>
public sealed record CellProgress(string Path, int CellNumber, bool Finished, bool Failed);
