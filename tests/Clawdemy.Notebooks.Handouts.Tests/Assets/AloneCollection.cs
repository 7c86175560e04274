namespace Clawdemy.Notebooks.Handouts.Tests.Assets;

/// <summary>Tests that end a process the others share (a Node.js worker) run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "ends a shared process";
}
