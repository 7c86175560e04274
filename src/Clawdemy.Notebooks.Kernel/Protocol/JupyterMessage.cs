using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Kernel.Protocol;

/// <summary>One Jupyter message: the routing identities it came with, its header, its parent's header, metadata, content and binary buffers.</summary>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content, IReadOnlyList<byte[]> Buffers)
{
    /// <summary>Why the content could not be read as a JSON object (the message then has empty content), or null.</summary>
    public string? ContentProblem { get; init; }

    /// <summary>The message type, such as "execute_request".</summary>
    public string MsgType => (string?)Header["msg_type"] ?? "";

    /// <summary>The message's id.</summary>
    public string MsgId => (string?)Header["msg_id"] ?? "";

    /// <summary>A string field of the content, or <paramref name="fallback"/> when it is missing or not a string.</summary>
    public string Text(string name, string fallback = "") => Content[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : fallback;

    /// <summary>A Boolean field of the content, or <paramref name="fallback"/>.</summary>
    public bool Flag(string name, bool fallback) => Content[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;

    /// <summary>An integer field of the content, or <paramref name="fallback"/>.</summary>
    public int Number(string name, int fallback) => Content[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n : fallback;
}
