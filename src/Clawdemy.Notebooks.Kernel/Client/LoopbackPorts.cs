using System.Net;
using System.Net.Sockets;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>
/// Free loopback ports for kernels' connection files, none given twice to the kernels of this process that are alive,
/// as jupyter_client's port cache does. The system names a free port by binding port 0; the port is free again once the
/// probe closes, until the kernel binds it a moment later, and meanwhile another kernel started beside it can be given
/// the same port: its client then reached the first kernel's socket (a PUB for its DEALER, or a ROUTER that knows
/// another key and never answers) and that kernel failed to start.
/// </summary>
internal static class LoopbackPorts
{
    private static readonly HashSet<int> InUse = [];

    /// <summary>Returns <paramref name="count"/> distinct free ports, none held by a live kernel of this process; <see cref="Release"/> them when the kernel is gone.</summary>
    public static int[] Reserve(int count)
    {
        var ports = new List<int>(count);
        lock (InUse)
        {
            while (ports.Count < count)
            {
                var probes = Enumerable.Range(0, count - ports.Count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
                foreach (var probe in probes) probe.Start();
                foreach (var probe in probes)
                {
                    var port = ((IPEndPoint)probe.LocalEndpoint).Port;
                    if (InUse.Add(port)) ports.Add(port);
                    probe.Stop();
                }
            }
        }

        return [.. ports];
    }

    /// <summary>Gives the ports of a kernel that has ended back.</summary>
    public static void Release(IEnumerable<int> ports)
    {
        lock (InUse) InUse.ExceptWith(ports);
    }
}
