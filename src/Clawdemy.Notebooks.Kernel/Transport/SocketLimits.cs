using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// The limits every socket of the kernel and of its client is given: how many messages may wait in each direction, how
/// large one message may be, and how long a closing socket keeps what it had not sent yet.
/// </summary>
internal static class SocketLimits
{
    /// <summary>
    /// How many messages may wait per peer in each direction (ZeroMQ's high-water mark): 1000, libzmq's default and the
    /// queue of the transport this replaced. Past it a PUB socket drops (a front end too slow for a cell that floods its
    /// output loses some of it rather than growing the kernel's memory), a ROUTER drops what it routes to that peer, and
    /// a receiving socket stops reading, so that TCP slows the sender.
    /// </summary>
    public const int HighWatermark = 1000;

    /// <summary>
    /// The largest message a peer may send, in bytes, before it is disconnected: 256 MiB, as before. A Jupyter message
    /// is a few JSON frames and buffers: a cell's code, a chart's HTML or a PNG are well under it, and the runner keeps
    /// 1 MiB of a cell's output anyway; the bound is there so that a peer cannot make a socket allocate without limit.
    /// </summary>
    public const long MaxMessageBytes = 256L * 1024 * 1024;

    /// <summary>
    /// How long a closed socket keeps trying to send what it still holds: 100 ms, so that a last message (a client's
    /// shutdown_request, a kernel's shutdown_reply) leaves, while closing, and NetMQ's cleanup (which waits for it), never
    /// waits long on a peer that went away or never came.
    /// </summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(100);

    /// <summary>Gives <paramref name="socket"/> these limits; returns it.</summary>
    public static T Apply<T>(T socket)
        where T : NetMQSocket
    {
        socket.Options.SendHighWatermark = HighWatermark;
        socket.Options.ReceiveHighWatermark = HighWatermark;
        socket.Options.MaxMsgSize = MaxMessageBytes;
        socket.Options.Linger = Linger;
        return socket;
    }
}
