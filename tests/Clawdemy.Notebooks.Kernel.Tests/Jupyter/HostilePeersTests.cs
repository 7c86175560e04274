namespace Clawdemy.Notebooks.Kernel.Tests.Jupyter;

/// <summary>
/// What any local process can send to a kernel's ports (floods signed and unsigned, millions of empty frames, frames
/// announced and never sent, a heartbeat or iopub peer that never reads, messages that break the schema), sent through
/// pyzmq and raw TCP to the real kernel process: its memory stays bounded and a proper jupyter_client is answered throughout.
/// </summary>
public sealed class HostilePeersTests
{
    private const string Module = "test_hostile_peers.py";

    public static TheoryData<string> Cases() => PythonSuite.Collect(Module);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task The_kernel_stays_bounded_and_answering_whatever_a_local_peer_sends(string id) => PythonSuite.AssertPassedAsync(Module, id);
}
