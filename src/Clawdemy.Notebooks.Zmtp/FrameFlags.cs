namespace Clawdemy.Notebooks.Zmtp;

/// <summary>The flags byte that starts every ZMTP 3.x frame (RFC 23 "Framing").</summary>
[Flags]
internal enum FrameFlags : byte
{
    None = 0,

    /// <summary>More frames of this message follow.</summary>
    More = 0x01,

    /// <summary>The size is 8 bytes (network order), not 1.</summary>
    Long = 0x02,

    /// <summary>The frame is a command, not message data.</summary>
    Command = 0x04,
}
