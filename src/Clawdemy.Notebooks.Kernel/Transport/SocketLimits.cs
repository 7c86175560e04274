using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// The limits every socket of the kernel and of its client is given: how many messages may wait in each direction, how
/// large one frame may be, how much of what peers sent the kernel keeps unread, and how long a closing socket keeps what
/// it had not sent yet. Any local process can reach a kernel's loopback ports, signed or not: these bounds are what one
/// such peer can cost the kernel.
/// </summary>
internal static class SocketLimits
{
    /// <summary>
    /// How many messages may wait per peer in each direction (ZeroMQ's high-water mark): 1000, libzmq's default, which
    /// bounds ipykernel's queues. Past it a PUB socket drops (a front end too slow for a cell that floods its output
    /// loses some of it rather than growing the kernel's memory), a ROUTER drops what it routes to that peer, and a
    /// client's receiving socket stops reading, so that TCP slows the sender.
    /// </summary>
    public const int HighWatermark = 1000;

    /// <summary>
    /// The largest frame a kernel's peer may send on shell, control or stdin, in bytes, before it is disconnected:
    /// 16 MiB. A request is a few JSON frames: a cell's code, even one that carries data inline, is well under it. The
    /// bound matters beyond the messages kept: NetMQ's decoder (as libzmq's) allocates a frame as soon as its size is
    /// announced, before the frame or even the handshake has arrived, so it is also what a peer that announces a frame
    /// and sends nothing more holds of the kernel's memory.
    /// </summary>
    public const long MaxRequestFrameBytes = 16L * 1024 * 1024;

    /// <summary>The largest heartbeat frame, in bytes: 1 KiB. A ping is a few bytes (jupyter_client sends "ping").</summary>
    public const long MaxPingBytes = 1024;

    /// <summary>
    /// The largest frame the kernel's client takes from a kernel, in bytes: 256 MiB. What a kernel sends is a cell's
    /// outputs, a chart's HTML or a PNG among them; the runner keeps 1 MiB of a cell's output anyway.
    /// </summary>
    public const long MaxOutputFrameBytes = 256L * 1024 * 1024;

    /// <summary>
    /// How many bytes of requests one peer may have waiting, unread by the kernel's loops, on one socket: 32 MiB (two
    /// requests of the largest frame). A front end waits for each reply before it sends much more; what a peer sends past
    /// it (or past <see cref="HighWatermark"/> messages) while a cell runs is dropped, and the drop is logged.
    /// </summary>
    public const long PeerInboxBytes = 32L * 1024 * 1024;

    /// <summary>
    /// How many bytes of requests all peers together may have waiting on one socket: 64 MiB. It bounds what many peers
    /// that each stay under <see cref="PeerInboxBytes"/> cost, so a socket never keeps more than this of what it was sent.
    /// </summary>
    public const long SocketInboxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// How many messages the socket thread takes from one socket before it turns to the others: 64, so that a peer
    /// flooding shell delays control, stdin and iopub by a handful of messages, never holds them up.
    /// </summary>
    public const int ReadBatch = 64;

    /// <summary>
    /// How long a closed socket keeps trying to send what it still holds: 100 ms, so that a last message (a client's
    /// shutdown_request, a kernel's shutdown_reply) leaves, while closing, and NetMQ's cleanup (which waits for it), never
    /// waits long on a peer that went away or never came.
    /// </summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(100);

    /// <summary>Gives <paramref name="socket"/> these limits, with frames up to <paramref name="maxFrameBytes"/>; returns it.</summary>
    public static T Apply<T>(T socket, long maxFrameBytes)
        where T : NetMQSocket
    {
        socket.Options.SendHighWatermark = HighWatermark;
        socket.Options.ReceiveHighWatermark = HighWatermark;
        socket.Options.MaxMsgSize = maxFrameBytes;
        socket.Options.Linger = Linger;
        return socket;
    }
}
