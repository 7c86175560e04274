namespace Clawdemy.Notebooks.Zmtp;

/// <summary>A peer broke the ZMTP protocol (a bad greeting, an unknown mechanism, a frame over the size limit, …); its connection is closed.</summary>
public sealed class ZmtpException(string message) : Exception(message);
