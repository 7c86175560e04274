namespace Clawdemy.Notebooks.Kernel.Tests.Client;

/// <summary>
/// Tests that watch the process table for the kernels their run starts (every child of the test process that leads its
/// own process group) run alone, after the others: a kernel another test started at the same time would be counted as
/// theirs, and still alive.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "watches the process table";
}
