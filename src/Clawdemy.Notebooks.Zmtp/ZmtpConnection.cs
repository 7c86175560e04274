using System.Buffers.Binary;
using System.Text;
using System.Threading.Channels;

namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// One ZMTP 3.x connection over a stream, after the greeting and the NULL mechanism's READY handshake (RFC 23):
/// it reads messages (data frames up to one without MORE) and queues messages to send, written in order by one writer.
/// PING is answered with PONG (RFC 37); SUBSCRIBE and CANCEL are handed to the socket that owns the connection.
/// </summary>
public sealed class ZmtpConnection : IAsyncDisposable
{
    /// <summary>The largest message a peer may send, in bytes, before its connection is closed: 256 MiB.</summary>
    public const long DefaultMaxMessageBytes = 256L * 1024 * 1024;

    /// <summary>How long a peer has to complete the greeting and handshake.</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    private readonly Stream _stream;
    private readonly BufferedStream _input;
    private readonly long _maxMessageBytes;
    private readonly Channel<byte[]> _outgoing;
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _writer;
    private int _disposed;

    private ZmtpConnection(Stream stream, SocketType peerType, byte[] peerIdentity, byte peerMinor, long maxMessageBytes, int sendQueue)
    {
        _stream = stream;
        _input = new BufferedStream(stream, 64 * 1024);
        PeerType = peerType;
        PeerIdentity = peerIdentity;
        PeerMinor = peerMinor;
        _maxMessageBytes = maxMessageBytes;
        _outgoing = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(sendQueue) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>The peer's socket type, from its READY command.</summary>
    public SocketType PeerType { get; }

    /// <summary>The peer's <c>Identity</c> property; empty when it sent none.</summary>
    public byte[] PeerIdentity { get; }

    /// <summary>The peer's ZMTP minor version: 0 for 3.0 (subscriptions as data frames), 1 for 3.1 (SUBSCRIBE commands).</summary>
    public byte PeerMinor { get; }

    /// <summary>Completes when the connection is closed, by either side.</summary>
    public Task Closed => _writer;

    /// <summary>Greets the peer and exchanges READY commands; the peer must be of a type that <paramref name="self"/> may talk to.</summary>
    /// <param name="stream">A connected stream (a TCP connection).</param>
    /// <param name="self">This side's socket type.</param>
    /// <param name="identity">This side's identity, sent by ROUTER, DEALER and REQ sockets; empty for none.</param>
    /// <param name="maxMessageBytes">The largest message accepted from the peer.</param>
    /// <param name="sendQueue">How many messages may wait to be written before senders wait (or, for PUB, drop).</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <exception cref="ZmtpException">The peer is not a ZMTP 3 peer, asks for another mechanism, or is of an incompatible type.</exception>
    public static async Task<ZmtpConnection> OpenAsync(
        Stream stream, SocketType self, byte[]? identity = null, long maxMessageBytes = DefaultMaxMessageBytes, int sendQueue = 1000,
        CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HandshakeTimeout);
        var token = timeout.Token;
        try
        {
            await stream.WriteAsync(Greeting.Signature(), token);
            await stream.FlushAsync(token);
            var signature = new byte[Greeting.SignatureLength];
            await stream.ReadExactlyAsync(signature, token);
            Greeting.CheckSignature(signature);
            await stream.WriteAsync(Greeting.Rest(asServer: false), token);
            await stream.FlushAsync(token);
            var rest = new byte[Greeting.RestLength];
            await stream.ReadExactlyAsync(rest, token);
            var minor = Greeting.CheckRest(rest);

            var properties = new Dictionary<string, byte[]> { ["Socket-Type"] = Encoding.ASCII.GetBytes(SocketTypes.WireName(self)) };
            if (SocketTypes.SendsIdentity(self)) properties["Identity"] = identity ?? [];
            await stream.WriteAsync(EncodeFrame(Command.ReadyWith(properties).ToBody(), FrameFlags.Command), token);
            await stream.FlushAsync(token);

            var (flags, body) = await ReadFrameAsync(stream, maxMessageBytes, token);
            if (!flags.HasFlag(FrameFlags.Command)) throw new ZmtpException("the peer sent data before its READY command");
            var ready = Command.Parse(body);
            if (ready.Name == Command.Error) throw new ZmtpException($"the peer refused the connection: {ErrorReason(ready.Data)}");
            if (ready.Name != Command.Ready) throw new ZmtpException($"the peer sent {ready.Name} where READY was due");
            var peerProperties = ready.Properties();
            var peerTypeName = peerProperties.TryGetValue("Socket-Type", out var t) ? Encoding.ASCII.GetString(t) : "";
            var peerType = SocketTypes.Parse(peerTypeName) ?? throw new ZmtpException($"the peer's socket type '{peerTypeName}' is unknown");
            if (!SocketTypes.Compatible(self, peerType))
            {
                var reason = Encoding.ASCII.GetBytes($"invalid socket type {peerTypeName} for {SocketTypes.WireName(self)}");
                await stream.WriteAsync(EncodeFrame(new Command(Command.Error, [(byte)reason.Length, .. reason]).ToBody(), FrameFlags.Command), token);
                throw new ZmtpException($"a {peerTypeName} peer cannot talk to a {SocketTypes.WireName(self)} socket");
            }

            var peerIdentity = peerProperties.TryGetValue("Identity", out var id) ? id : [];
            return new ZmtpConnection(stream, peerType, peerIdentity, minor, maxMessageBytes, sendQueue);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ZmtpException($"the peer did not complete the handshake within {HandshakeTimeout.TotalSeconds:0} s");
        }
        catch (EndOfStreamException)
        {
            throw new ZmtpException("the peer closed the connection during the handshake");
        }
    }

    /// <summary>
    /// Receives the next message, as its frames. PING is answered here; other commands (SUBSCRIBE, CANCEL) go to
    /// <paramref name="onCommand"/>. Returns null when the peer closes the connection.
    /// </summary>
    /// <exception cref="ZmtpException">The peer broke the framing rules or sent a message over the size limit.</exception>
    internal async Task<byte[][]?> ReceiveAsync(Action<Command>? onCommand, CancellationToken cancellationToken)
    {
        var frames = new List<byte[]>();
        long total = 0;
        try
        {
            while (true)
            {
                var (flags, body) = await ReadFrameAsync(_input, _maxMessageBytes - total, cancellationToken);
                if (flags.HasFlag(FrameFlags.Command))
                {
                    if (frames.Count > 0) throw new ZmtpException("the peer sent a command inside a multipart message");
                    var command = Command.Parse(body);
                    if (command.Name == Command.Ping) await SendCommandAsync(PongFor(command), cancellationToken);
                    else onCommand?.Invoke(command);
                    continue;
                }

                frames.Add(body);
                total += body.Length;
                if (!flags.HasFlag(FrameFlags.More)) return [.. frames];
            }
        }
        catch (EndOfStreamException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Queues a message (its frames) to be written, waiting while the send queue is full.</summary>
    internal ValueTask SendAsync(IReadOnlyList<byte[]> frames, CancellationToken cancellationToken) =>
        Ignore(_outgoing.Writer.WriteAsync(EncodeMessage(frames), cancellationToken));

    /// <summary>Queues a message if the send queue has room; false when it was dropped (a PUB socket's high-water mark).</summary>
    internal bool TrySend(IReadOnlyList<byte[]> frames) => _outgoing.Writer.TryWrite(EncodeMessage(frames));

    internal ValueTask SendCommandAsync(Command command, CancellationToken cancellationToken) =>
        Ignore(_outgoing.Writer.WriteAsync(EncodeFrame(command.ToBody(), FrameFlags.Command), cancellationToken));

    /// <summary>Closes the connection: what is queued is dropped. Safe to call more than once, from any thread (a socket closing and its read loop ending both close it).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _outgoing.Writer.TryComplete();
        await _closing.CancelAsync();
        await _stream.DisposeAsync();
        try
        {
            await _writer;
        }
        catch (Exception)
        {
            // The writer ends with the stream; how it ended does not matter once closed.
        }

        _closing.Dispose();
    }

    private static async ValueTask Ignore(ValueTask write)
    {
        try
        {
            await write;
        }
        catch (ChannelClosedException)
        {
            // A closed connection drops what is sent to it, as ZeroMQ does.
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            var reader = _outgoing.Reader;
            while (await reader.WaitToReadAsync(_closing.Token))
            {
                while (reader.TryRead(out var bytes)) await _stream.WriteAsync(bytes, _closing.Token);
                await _stream.FlushAsync(_closing.Token);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The peer went away or the connection was closed.
        }
        finally
        {
            _outgoing.Writer.TryComplete();
            _stream.Dispose();
        }
    }

    private static Command PongFor(Command ping)
    {
        // PING: a 2-byte TTL, then up to 16 bytes of context that PONG echoes (RFC 37).
        var context = ping.Data.Length > 2 ? ping.Data[2..Math.Min(ping.Data.Length, 18)] : [];
        return new Command(Command.Pong, context);
    }

    private static string ErrorReason(byte[] data) => data.Length > 0 ? Encoding.ASCII.GetString(data, 1, Math.Min(data[0], data.Length - 1)) : "(no reason)";

    private static async Task<(FrameFlags Flags, byte[] Body)> ReadFrameAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var header = new byte[9];
        await stream.ReadExactlyAsync(header.AsMemory(0, 1), cancellationToken);
        var flags = (FrameFlags)header[0];
        if ((header[0] & ~0x07) != 0) throw new ZmtpException($"a frame has reserved flag bits set (0x{header[0]:X2})");
        long size;
        if (flags.HasFlag(FrameFlags.Long))
        {
            await stream.ReadExactlyAsync(header.AsMemory(1, 8), cancellationToken);
            var wide = BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(1, 8));
            size = wide > long.MaxValue ? long.MaxValue : (long)wide;
        }
        else
        {
            await stream.ReadExactlyAsync(header.AsMemory(1, 1), cancellationToken);
            size = header[1];
        }

        if (size > maxBytes) throw new ZmtpException($"the peer sent a message of more than {maxBytes} bytes");
        var body = new byte[size];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return (flags, body);
    }

    private static byte[] EncodeMessage(IReadOnlyList<byte[]> frames)
    {
        if (frames.Count == 0) throw new ArgumentException("a message has at least one frame", nameof(frames));
        var size = frames.Sum(f => (f.Length > 255 ? 9L : 2L) + f.Length);
        var buffer = new byte[size];
        var at = 0;
        for (var i = 0; i < frames.Count; i++) at += WriteFrame(buffer.AsSpan(at), frames[i], i < frames.Count - 1 ? FrameFlags.More : FrameFlags.None);
        return buffer;
    }

    private static byte[] EncodeFrame(byte[] body, FrameFlags flags)
    {
        var buffer = new byte[(body.Length > 255 ? 9 : 2) + body.Length];
        WriteFrame(buffer, body, flags);
        return buffer;
    }

    private static int WriteFrame(Span<byte> target, byte[] body, FrameFlags flags)
    {
        int header;
        if (body.Length > 255)
        {
            target[0] = (byte)(flags | FrameFlags.Long);
            BinaryPrimitives.WriteUInt64BigEndian(target[1..], (ulong)body.Length);
            header = 9;
        }
        else
        {
            target[0] = (byte)flags;
            target[1] = (byte)body.Length;
            header = 2;
        }

        body.CopyTo(target[header..]);
        return header + body.Length;
    }
}
