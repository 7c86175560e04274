using System.Threading.Channels;

namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// A bound REP socket: each request is the envelope its REQ (or DEALER) peer sent, an empty delimiter frame, and the
/// body; the reply goes back to that peer with the same envelope. The Jupyter heartbeat uses it to echo.
/// </summary>
public sealed class ReplySocket : BoundSocket
{
    private readonly Channel<(Peer Peer, byte[][] Envelope, byte[][] Body)> _incoming = Channel.CreateUnbounded<(Peer, byte[][], byte[][])>();

    /// <inheritdoc cref="BoundSocket(SocketType, string, int, Action{string})"/>
    public ReplySocket(string address, int port, Action<string>? log = null)
        : base(SocketType.Rep, address, port, log)
    {
    }

    /// <summary>Answers every request with its own body, until the socket closes: a Jupyter heartbeat.</summary>
    public async Task EchoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            while (await _incoming.Reader.WaitToReadAsync(cancellationToken))
            {
                while (_incoming.Reader.TryRead(out var request))
                {
                    await request.Peer.Connection.SendAsync([.. request.Envelope, [], .. request.Body], cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private protected override ValueTask OnMessageAsync(Peer peer, byte[][] message, CancellationToken cancellationToken)
    {
        var delimiter = Array.FindIndex(message, f => f.Length == 0);
        if (delimiter < 0)
        {
            Log("a request without an envelope delimiter was dropped");
            return ValueTask.CompletedTask;
        }

        return _incoming.Writer.WriteAsync((peer, message[..delimiter], message[(delimiter + 1)..]), cancellationToken);
    }

    private protected override void OnClosed() => _incoming.Writer.TryComplete();
}
