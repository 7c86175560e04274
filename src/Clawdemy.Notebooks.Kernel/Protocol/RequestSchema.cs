using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Kernel.Protocol;

/// <summary>
/// The content fields of the requests a kernel answers, with the JSON kind each must have (the messaging protocol's
/// message specifications): a request whose content is not an object, lacks a required field or has a field of the wrong
/// kind is answered with an error reply naming the field, rather than run with a guess. Fields not listed are ignored,
/// as the protocol lets later versions add them.
/// </summary>
public static class RequestSchema
{
    private static readonly Dictionary<string, (string Field, JsonValueKind Kind, bool Required)[]> Fields = new()
    {
        ["execute_request"] =
        [
            ("code", JsonValueKind.String, true), ("silent", JsonValueKind.True, false), ("store_history", JsonValueKind.True, false),
            ("allow_stdin", JsonValueKind.True, false), ("stop_on_error", JsonValueKind.True, false), ("user_expressions", JsonValueKind.Object, false),
        ],
        ["complete_request"] = [("code", JsonValueKind.String, true), ("cursor_pos", JsonValueKind.Number, false)],
        ["inspect_request"] = [("code", JsonValueKind.String, true), ("cursor_pos", JsonValueKind.Number, false), ("detail_level", JsonValueKind.Number, false)],
        ["is_complete_request"] = [("code", JsonValueKind.String, true)],
        ["history_request"] =
        [
            ("hist_access_type", JsonValueKind.String, false), ("output", JsonValueKind.True, false), ("raw", JsonValueKind.True, false),
            ("session", JsonValueKind.Number, false), ("start", JsonValueKind.Number, false), ("stop", JsonValueKind.Number, false),
            ("n", JsonValueKind.Number, false), ("pattern", JsonValueKind.String, false), ("unique", JsonValueKind.True, false),
        ],
        ["comm_info_request"] = [("target_name", JsonValueKind.String, false)],
        ["shutdown_request"] = [("restart", JsonValueKind.True, false)],
    };

    /// <summary>
    /// What is wrong with a request's content, as one sentence ("execute_request: 'code' is a number, not a string"), or
    /// null when nothing is (or the type is not one this schema knows). True stands for either Boolean; a number must be
    /// an integer that fits 32 bits.
    /// </summary>
    public static string? Problem(JupyterMessage message)
    {
        if (message.ContentProblem is { } unreadable) return $"{message.MsgType}: the content cannot be read: {unreadable}";
        if (!Fields.TryGetValue(message.MsgType, out var fields)) return null;
        foreach (var (field, kind, required) in fields)
        {
            var value = message.Content[field];
            if (value is null)
            {
                if (message.Content.ContainsKey(field)) return $"{message.MsgType}: '{field}' is null";
                if (required) return $"{message.MsgType}: '{field}' is missing";
                continue;
            }

            var actual = value.GetValueKind();
            var fits = kind switch
            {
                JsonValueKind.True => actual is JsonValueKind.True or JsonValueKind.False,
                JsonValueKind.Number => actual is JsonValueKind.Number && value.AsValue().TryGetValue<int>(out _),
                _ => actual == kind,
            };
            if (!fits) return $"{message.MsgType}: '{field}' is {Session.Kind(value)}, not {Expected(kind)}";
        }

        return null;
    }

    private static string Expected(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.True => "a Boolean",
        JsonValueKind.Number => "an integer",
        _ => "an object",
    };
}
