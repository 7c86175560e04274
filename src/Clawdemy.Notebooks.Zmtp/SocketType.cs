namespace Clawdemy.Notebooks.Zmtp;

/// <summary>The ZeroMQ socket types this transport speaks, named as in the READY command's <c>Socket-Type</c> property (RFC 23).</summary>
public enum SocketType
{
    /// <summary>Routes each message by the peer's routing id.</summary>
    Router,

    /// <summary>Sends to and receives from one peer, without an envelope.</summary>
    Dealer,

    /// <summary>Publishes to every subscriber whose subscription is a prefix of the message's first frame.</summary>
    Pub,

    /// <summary>Receives what it subscribed to.</summary>
    Sub,

    /// <summary>Answers each request.</summary>
    Rep,

    /// <summary>Sends a request, then receives its reply.</summary>
    Req,
}
