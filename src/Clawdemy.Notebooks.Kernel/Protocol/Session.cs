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

    /// <summary>Checks a message's frames and reads it, or says in <paramref name="problem"/> why it was refused: <see cref="Refuse"/>, then <see cref="Read"/>.</summary>
    public JupyterMessage? Deserialize(byte[][] frames, out string? problem)
    {
        problem = Refuse(Views(frames));
        return problem is null ? Read(frames, out problem) : null;
    }

    /// <summary>
    /// Why a message's frames are refused before anything of them is read or kept, or null when they are not: no
    /// <c>&lt;IDS|MSG&gt;</c> delimiter and five frames after it, a signature missing or wrong (checked in constant time),
    /// or a signature seen before (a replay).
    /// </summary>
    public string? Refuse(IReadOnlyList<ReadOnlyMemory<byte>> frames)
    {
        var delimiter = FindDelimiter(frames);
        if (delimiter < 0) return NoDelimiter;
        if (_key.Length == 0) return null;
        var expected = Encoding.ASCII.GetBytes(Sign(frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5]));
        if (!CryptographicOperations.FixedTimeEquals(expected, frames[delimiter + 1].Span)) return "a message with a bad signature was dropped";
        return Remember(Encoding.ASCII.GetString(frames[delimiter + 1].Span)) ? null : "a message with a signature seen before (a replay) was dropped";
    }

    /// <summary>
    /// Reads a message that <see cref="Refuse"/> let through, or says in <paramref name="problem"/> why it cannot be read.
    /// The JSON is read strictly (UTF-8, no duplicate keys, at most <see cref="MaxJsonDepth"/> deep); the header, parent
    /// header and metadata must be objects, the header with <c>msg_id</c> and <c>msg_type</c> strings (and its other
    /// fields, when present, strings too), or the message is refused: without them there is nothing to reply to. Content
    /// that is not an object is kept as <see cref="JupyterMessage.ContentProblem"/>, with empty content, so that the
    /// request can be answered with an error.
    /// </summary>
    public JupyterMessage? Read(byte[][] frames, out string? problem)
    {
        problem = null;
        var delimiter = FindDelimiter(Views(frames));
        if (delimiter < 0)
        {
            problem = NoDelimiter;
            return null;
        }

        JsonObject header, parent, metadata;
        try
        {
            header = Object(frames[delimiter + 2], "header");
            parent = Object(frames[delimiter + 3], "parent header");
            metadata = Object(frames[delimiter + 4], "metadata");
        }
        catch (JsonException e)
        {
            problem = $"a message whose JSON cannot be read was dropped: {e.Message}";
            return null;
        }

        foreach (var field in HeaderFields)
        {
            var value = header[field];
            if (value is null && field is "msg_id" or "msg_type")
            {
                problem = $"a message whose header has no '{field}' was dropped";
                return null;
            }

            if (value is not null && value.GetValueKind() != JsonValueKind.String)
            {
                problem = $"a message whose header's '{field}' is {Kind(value)}, not a string, was dropped";
                return null;
            }
        }

        var content = new JsonObject();
        string? contentProblem = null;
        try
        {
            content = Object(frames[delimiter + 5], "content");
        }
        catch (JsonException e)
        {
            contentProblem = e.Message;
        }

        return new JupyterMessage(frames[..delimiter], header, parent, metadata, content, frames[(delimiter + 6)..]) { ContentProblem = contentProblem };
    }

    /// <summary>How deeply a message's JSON may nest: 64, System.Text.Json's default; deeper is refused, not recursed into.</summary>
    public const int MaxJsonDepth = 64;

    private const string NoDelimiter = "a message without the <IDS|MSG> delimiter and its five frames was dropped";

    /// <summary>Where the <c>&lt;IDS|MSG&gt;</c> delimiter is, or -1 when there is none or fewer than five frames follow it.</summary>
    private static int FindDelimiter(IReadOnlyList<ReadOnlyMemory<byte>> frames)
    {
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].Span.SequenceEqual(Delimiter)) return frames.Count < i + 6 ? -1 : i;
        }

        return -1;
    }

    private static ReadOnlyMemory<byte>[] Views(byte[][] frames) => [.. frames.Select(f => (ReadOnlyMemory<byte>)f)];

    private static readonly string[] HeaderFields = ["msg_id", "msg_type", "session", "username", "date", "version"];

    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false, MaxDepth = MaxJsonDepth };

    /// <summary>"a number", "an object": how a JSON value's kind reads in a message.</summary>
    public static string Kind(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "a Boolean",
    };

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

    private string Sign(params ReadOnlyMemory<byte>[] parts)
    {
        if (_key.Length == 0) return "";
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var part in parts) hmac.AppendData(part.Span);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    private static readonly JsonSerializerOptions WireJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Json(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString(WireJson));

    private static JsonObject Object(byte[] json, string part)
    {
        var node = JsonNode.Parse(json, documentOptions: StrictJson);
        return node as JsonObject ?? throw new JsonException($"its {part} is {Kind(node)}, not a JSON object");
    }
}
