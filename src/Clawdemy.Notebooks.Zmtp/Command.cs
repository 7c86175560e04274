using System.Buffers.Binary;
using System.Text;

namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// A ZMTP command: a one-byte name length, the name, then its data (RFC 23 "Commands"). READY's data is metadata:
/// properties as a one-byte name length, the name, a four-byte big-endian value length and the value.
/// Commands used here: READY and ERROR (RFC 23), SUBSCRIBE, CANCEL, PING and PONG (RFC 37).
/// </summary>
internal sealed record Command(string Name, byte[] Data)
{
    public const string Ready = "READY";
    public const string Error = "ERROR";
    public const string Subscribe = "SUBSCRIBE";
    public const string Cancel = "CANCEL";
    public const string Ping = "PING";
    public const string Pong = "PONG";

    public byte[] ToBody()
    {
        var name = Encoding.ASCII.GetBytes(Name);
        var body = new byte[1 + name.Length + Data.Length];
        body[0] = (byte)name.Length;
        name.CopyTo(body, 1);
        Data.CopyTo(body, 1 + name.Length);
        return body;
    }

    public static Command Parse(byte[] body)
    {
        if (body.Length < 1 || body.Length < 1 + body[0]) throw new ZmtpException("a command frame is shorter than its name");
        var name = Encoding.ASCII.GetString(body, 1, body[0]);
        return new Command(name, body[(1 + body[0])..]);
    }

    public static Command ReadyWith(IReadOnlyDictionary<string, byte[]> properties)
    {
        var data = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var (key, value) in properties)
        {
            var name = Encoding.ASCII.GetBytes(key);
            data.WriteByte((byte)name.Length);
            data.Write(name);
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
            data.Write(length);
            data.Write(value);
        }

        return new Command(Ready, data.ToArray());
    }

    /// <summary>The properties of a READY command; names compare case-insensitively, as the RFC says.</summary>
    public Dictionary<string, byte[]> Properties()
    {
        var properties = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var span = Data.AsSpan();
        while (span.Length > 0)
        {
            int nameLength = span[0];
            if (span.Length < 1 + nameLength + 4) throw new ZmtpException("a READY property is cut short");
            var name = Encoding.ASCII.GetString(span.Slice(1, nameLength));
            var valueLength = BinaryPrimitives.ReadUInt32BigEndian(span.Slice(1 + nameLength, 4));
            span = span[(1 + nameLength + 4)..];
            if (valueLength > (uint)span.Length) throw new ZmtpException($"the READY property {name} is cut short");
            properties[name] = span[..(int)valueLength].ToArray();
            span = span[(int)valueLength..];
        }

        return properties;
    }
}
