namespace Clawdemy.Notebooks.Zmtp;

/// <summary>The wire names of socket types and which pairs may talk (RFC 23, "The Socket Type property").</summary>
internal static class SocketTypes
{
    public static string WireName(SocketType type) => type.ToString().ToUpperInvariant();

    public static SocketType? Parse(string name) => name switch
    {
        "ROUTER" => SocketType.Router,
        "DEALER" => SocketType.Dealer,
        "PUB" or "XPUB" => SocketType.Pub,
        "SUB" or "XSUB" => SocketType.Sub,
        "REP" => SocketType.Rep,
        "REQ" => SocketType.Req,
        _ => null,
    };

    /// <summary>Whether a socket of type <paramref name="self"/> accepts a peer of type <paramref name="peer"/>.</summary>
    public static bool Compatible(SocketType self, SocketType peer) => self switch
    {
        SocketType.Router => peer is SocketType.Dealer or SocketType.Req or SocketType.Router,
        SocketType.Dealer => peer is SocketType.Router or SocketType.Rep or SocketType.Dealer,
        SocketType.Pub => peer is SocketType.Sub,
        SocketType.Sub => peer is SocketType.Pub,
        SocketType.Rep => peer is SocketType.Req or SocketType.Dealer,
        SocketType.Req => peer is SocketType.Rep or SocketType.Router,
        _ => false,
    };

    /// <summary>Whether a socket of this type sends an <c>Identity</c> property in its READY command.</summary>
    public static bool SendsIdentity(SocketType type) => type is SocketType.Dealer or SocketType.Req or SocketType.Router;
}
