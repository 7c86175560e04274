namespace Clawdemy.Notebooks.Kernel.Tests.Transport;

/// <summary>
/// Tests that end NetMQ's context and starve the thread pool run alone, after the others: a socket of another test would
/// keep the context alive (or be ended with it), and the starved pool would stall that test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NetMqContextCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "ends NetMQ's context";
}
