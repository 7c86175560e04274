using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Kernel.Tests.Client;

public sealed class LoopbackPortsTests
{
    /// <summary>More kernels than a course starts side by side, five ports each.</summary>
    private const int Kernels = 200;

    [Fact]
    public void Kernels_started_side_by_side_are_never_given_the_same_port_until_one_gives_its_ports_back()
    {
        var given = Enumerable.Range(0, Kernels).Select(_ => LoopbackPorts.Reserve(5)).ToArray();
        try
        {
            var all = given.SelectMany(p => p).ToArray();
            Assert.Equal(all.Length, all.Distinct().Count());
            Assert.All(all, port => Assert.InRange(port, 1024, 65535));

            // After one kernel gives its ports back, what is reserved next never includes a port another still holds.
            LoopbackPorts.Release(given[0]);
            var again = Enumerable.Range(0, Kernels).SelectMany(_ => LoopbackPorts.Reserve(1)).ToArray();
            LoopbackPorts.Release(again);
            Assert.Empty(again.Intersect(given.Skip(1).SelectMany(p => p)));
        }
        finally
        {
            foreach (var ports in given) LoopbackPorts.Release(ports);
        }
    }
}
