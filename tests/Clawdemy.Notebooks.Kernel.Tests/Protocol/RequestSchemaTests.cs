using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Kernel.Protocol;

namespace Clawdemy.Notebooks.Kernel.Tests.Protocol;

/// <summary>A request's content is checked against the protocol's fields before it is run, and what is wrong is named.</summary>
public sealed class RequestSchemaTests
{
    [Theory]
    [InlineData("execute_request", """{"code": 5}""", "execute_request: 'code' is a number, not a string")]
    [InlineData("execute_request", """{}""", "execute_request: 'code' is missing")]
    [InlineData("execute_request", """{"code": "1", "silent": "yes"}""", "execute_request: 'silent' is a string, not a Boolean")]
    [InlineData("complete_request", """{"code": "Mat", "cursor_pos": "3"}""", "complete_request: 'cursor_pos' is a string, not an integer")]
    [InlineData("complete_request", """{"code": "Mat", "cursor_pos": 1e30}""", "complete_request: 'cursor_pos' is a number, not an integer")]
    [InlineData("shutdown_request", """{"restart": null}""", "shutdown_request: 'restart' is null")]
    public void A_request_with_a_field_of_the_wrong_kind_is_named(string msgType, string content, string expected)
    {
        Assert.Equal(expected, RequestSchema.Problem(Message(msgType, content)));
    }

    [Theory]
    [InlineData("execute_request", """{"code": "1 + 1", "silent": false, "user_expressions": {}, "new_field": [1]}""")]
    [InlineData("kernel_info_request", """{}""")]
    [InlineData("comm_msg", """{"data": 5}""")]
    public void A_request_as_the_protocol_has_it_passes_and_fields_it_does_not_list_are_ignored(string msgType, string content)
    {
        Assert.Null(RequestSchema.Problem(Message(msgType, content)));
    }

    private static JupyterMessage Message(string msgType, string content) =>
        new([], new JsonObject { ["msg_id"] = "1", ["msg_type"] = msgType }, [], [], JsonNode.Parse(content)!.AsObject(), []);
}
