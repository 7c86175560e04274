namespace Clawdemy.Notebooks.Zmtp;

/// <summary>
/// The 64-byte ZMTP 3.x greeting (RFC 23 "Version Negotiation"): a 10-byte signature <c>FF 00*8 7F</c>, the version
/// (major 3, minor 1 here), the mechanism name padded to 20 bytes (<c>NULL</c>), as-server, and 31 bytes of filler.
/// Like libzmq, a side sends its signature first and reads the peer's before it sends the rest, so a peer speaking an
/// older revision is found out before anything else is committed.
/// </summary>
internal static class Greeting
{
    public const int SignatureLength = 10;
    public const int RestLength = 54;
    public const byte Major = 3;
    public const byte Minor = 1;
    private const int MechanismLength = 20;

    public static byte[] Signature() => [0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0x7F];

    public static byte[] Rest(bool asServer)
    {
        var rest = new byte[RestLength];
        rest[0] = Major;
        rest[1] = Minor;
        "NULL"u8.CopyTo(rest.AsSpan(2));
        rest[2 + MechanismLength] = asServer ? (byte)1 : (byte)0;
        return rest;
    }

    /// <summary>Checks the peer's signature: the first and last bytes are fixed, the padding between is ignored (RFC 23).</summary>
    public static void CheckSignature(ReadOnlySpan<byte> signature)
    {
        if (signature[0] != 0xFF || (signature[9] & 0x01) != 0x01)
        {
            throw new ZmtpException("the peer's greeting does not start with the ZMTP signature");
        }
    }

    /// <summary>Reads the rest of the peer's greeting and returns its minor version; the mechanism must be NULL.</summary>
    public static byte CheckRest(ReadOnlySpan<byte> rest)
    {
        if (rest[0] < Major) throw new ZmtpException($"the peer speaks ZMTP {rest[0]}.x; 3.0 or later is needed");
        var mechanism = rest.Slice(2, MechanismLength);
        var end = mechanism.IndexOf((byte)0);
        var name = System.Text.Encoding.ASCII.GetString(end < 0 ? mechanism : mechanism[..end]);
        if (name != "NULL") throw new ZmtpException($"the peer asks for the {name} security mechanism; only NULL is supported");
        return rest[0] > Major ? Minor : rest[1];
    }
}
