using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Kernel.Transport;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// Asks the front end that sent an execute_request (with <c>allow_stdin</c>) for a line of input: an input_request on
/// the stdin channel, routed to that front end, then its input_reply.
/// </summary>
public sealed class StdinChannel
{
    private readonly RouterChannel _socket;
    private readonly Session _session;
    private readonly JupyterMessage _request;
    private readonly SemaphoreSlim _one = new(1, 1);

    internal StdinChannel(RouterChannel socket, Session session, JupyterMessage request)
    {
        _socket = socket;
        _session = session;
        _request = request;
    }

    /// <summary>Sends an input_request with <paramref name="prompt"/> and waits for the reply's value.</summary>
    /// <param name="prompt">What the front end shows beside the input box.</param>
    /// <param name="password">Whether the front end hides what is typed.</param>
    /// <param name="cancellationToken">Cancels the wait (an interrupt).</param>
    public async Task<string> RequestAsync(string prompt, bool password, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            // What waited on stdin was sent before this question, so it cannot answer it: let it go first.
            while (_socket.TryReceive(out _))
            {
            }

            var ask = _session.Reply(_request, "input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password });
            await _socket.SendAsync(_session.Serialize(ask), cancellationToken);
            while (true)
            {
                var frames = await _socket.ReceiveAsync(cancellationToken);
                var reply = _session.Read(frames, out _);
                if (reply?.MsgType == "input_reply" && reply.Content["value"] is JsonValue value && value.TryGetValue<string>(out var text)) return text;
            }
        }
        finally
        {
            _one.Release();
        }
    }
}
