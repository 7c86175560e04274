using System.Text;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Kernel.Protocol;

namespace Clawdemy.Notebooks.Kernel.Tests.Protocol;

/// <summary>Reading a signed message strictly: what breaks the header refuses the message, what breaks the content is kept to be answered.</summary>
public sealed class SessionReadTests
{
    private readonly Session _session = new("secret");

    [Theory]
    [InlineData("""{"msg_id": "1", "msg_type": 5}""", "'msg_type' is a number")]
    [InlineData("""{"msg_id": "1", "msg_type": {"a": 1}}""", "'msg_type' is an object")]
    [InlineData("""{"msg_id": "1"}""", "no 'msg_type'")]
    [InlineData("""{"msg_id": "1", "msg_type": "kernel_info_request", "msg_type": "execute_request"}""", "cannot be read")]
    [InlineData("""[1, 2]""", "header is an array")]
    public void A_message_whose_header_breaks_the_schema_is_refused_with_a_sentence_saying_why(string header, string why)
    {
        var message = _session.Deserialize(Signed(header, "{}"), out var problem);
        Assert.Null(message);
        Assert.Contains(why, problem);
    }

    [Fact]
    public void A_message_whose_content_is_not_an_object_is_kept_with_its_problem_and_empty_content()
    {
        var message = _session.Deserialize(Signed("""{"msg_id": "1", "msg_type": "execute_request"}""", "\"1 + 1\""), out var problem);
        Assert.Null(problem);
        Assert.NotNull(message);
        Assert.Empty(message.Content);
        Assert.Contains("a string, not a JSON object", message.ContentProblem);
        Assert.Equal("execute_request: the content cannot be read: its content is a string, not a JSON object", RequestSchema.Problem(message));
    }

    [Fact]
    public void JSON_nested_deeper_than_the_bound_is_refused_not_recursed_into()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var message = _session.Deserialize(Signed("""{"msg_id": "1", "msg_type": "execute_request"}""", "{\"code\": \"1\", \"x\": " + deep + "}"), out _);
        Assert.NotNull(message);
        Assert.NotNull(message.ContentProblem);
    }

    [Fact]
    public void A_message_with_a_bad_signature_is_refused_before_it_is_read()
    {
        var frames = Signed("""{"msg_id": "1", "msg_type": "kernel_info_request"}""", "{}");
        frames[1] = Encoding.ASCII.GetBytes(new string('0', 64));
        Assert.Equal("a message with a bad signature was dropped", _session.Refuse([.. frames.Select(f => (ReadOnlyMemory<byte>)f)]));
    }

    [Fact]
    public void The_same_signed_message_sent_twice_is_refused_the_second_time_as_a_replay()
    {
        var frames = Signed("""{"msg_id": "1", "msg_type": "kernel_info_request"}""", "{}");
        Assert.NotNull(_session.Deserialize(frames, out _));
        Assert.Null(_session.Deserialize(frames, out var problem));
        Assert.Contains("replay", problem);
    }

    /// <summary>A message's frames as a front end signs them with the same key, header and content given as JSON text.</summary>
    private static byte[][] Signed(string header, string content)
    {
        byte[][] parts = [Encoding.UTF8.GetBytes(header), "{}"u8.ToArray(), "{}"u8.ToArray(), Encoding.UTF8.GetBytes(content)];
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("secret"));
        var signature = Convert.ToHexStringLower(hmac.ComputeHash([.. parts.SelectMany(p => p)]));
        return ["<IDS|MSG>"u8.ToArray(), Encoding.ASCII.GetBytes(signature), .. parts];
    }
}
