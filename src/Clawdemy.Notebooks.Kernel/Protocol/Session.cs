using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Kernel.Protocol;

/// <summary>
/// Signs, checks, writes and reads Jupyter messages on the wire (jupyter_client's <c>session.py</c>): identities, the
/// <c>&lt;IDS|MSG&gt;</c> delimiter, the HMAC-SHA256 hex digest of the next four frames, header, parent header,
/// metadata, content, then buffers. A message whose signature is missing, wrong or seen before is refused.
/// </summary>
public sealed class Session
{
    /// <summary>The messaging protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    private const int RememberedSignatures = 1 << 16;
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();
    private readonly byte[] _key;
    private readonly HashSet<string> _seen = [];
    private readonly Queue<string> _seenOrder = new();

    /// <summary>Creates a session signing with <paramref name="key"/>; an empty key neither signs nor checks.</summary>
    public Session(string key, string username = "kernel")
    {
        _key = Encoding.UTF8.GetBytes(key);
        Username = username;
    }

    /// <summary>This session's id, in every header it makes.</summary>
    public string Id { get; } = Guid.NewGuid().ToString();

    /// <summary>The user name in every header it makes.</summary>
    public string Username { get; }

    /// <summary>A new header for a message of <paramref name="msgType"/>.</summary>
    public JsonObject Header(string msgType) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString(),
        ["session"] = Id,
        ["username"] = Username,
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["msg_type"] = msgType,
        ["version"] = ProtocolVersion,
    };

    /// <summary>A new message in answer to (or caused by) <paramref name="parent"/>, routed back to its sender.</summary>
    public JupyterMessage Reply(JupyterMessage parent, string msgType, JsonObject content, JsonObject? metadata = null) =>
        new(parent.Identities, Header(msgType), parent.Header.DeepClone().AsObject(), metadata ?? [], content, []);

    /// <summary>The message's frames, signed.</summary>
    public byte[][] Serialize(JupyterMessage message)
    {
        var header = Json(message.Header);
        var parent = Json(message.ParentHeader);
        var metadata = Json(message.Metadata);
        var content = Json(message.Content);
        var signature = Encoding.ASCII.GetBytes(Sign(header, parent, metadata, content));
        return [.. message.Identities, Delimiter, signature, header, parent, metadata, content, .. message.Buffers];
    }

    /// <summary>Reads a message from its frames, or says in <paramref name="problem"/> why it was refused.</summary>
    public JupyterMessage? Deserialize(byte[][] frames, out string? problem)
    {
        problem = null;
        var delimiter = Array.FindIndex(frames, f => f.AsSpan().SequenceEqual(Delimiter));
        if (delimiter < 0 || frames.Length < delimiter + 6)
        {
            problem = "a message without the <IDS|MSG> delimiter and its five frames was dropped";
            return null;
        }

        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        if (_key.Length > 0)
        {
            var expected = Sign(frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5]);
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), frames[delimiter + 1]))
            {
                problem = "a message with a bad signature was dropped";
                return null;
            }

            if (!Remember(signature))
            {
                problem = "a message with a signature seen before (a replay) was dropped";
                return null;
            }
        }

        try
        {
            return new JupyterMessage(
                frames[..delimiter], Object(frames[delimiter + 2]), Object(frames[delimiter + 3]), Object(frames[delimiter + 4]),
                Object(frames[delimiter + 5]), frames[(delimiter + 6)..]);
        }
        catch (JsonException e)
        {
            problem = $"a message whose JSON cannot be read was dropped: {e.Message}";
            return null;
        }
    }

    private bool Remember(string signature)
    {
        lock (_seen)
        {
            if (!_seen.Add(signature)) return false;
            _seenOrder.Enqueue(signature);
            if (_seenOrder.Count > RememberedSignatures) _seen.Remove(_seenOrder.Dequeue());
            return true;
        }
    }

    private string Sign(params byte[][] parts)
    {
        if (_key.Length == 0) return "";
        var all = new byte[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, at);
            at += part.Length;
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, all));
    }

    private static readonly JsonSerializerOptions WireJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Json(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString(WireJson));

    private static JsonObject Object(byte[] json) => JsonNode.Parse(json) as JsonObject ?? throw new JsonException("a message part is not a JSON object");
}
