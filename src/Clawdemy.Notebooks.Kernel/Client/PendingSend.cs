using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>A message a <see cref="KernelClient"/> hands to its poller thread, and the task that completes once the socket took it.</summary>
/// <param name="Socket">The socket it leaves on.</param>
/// <param name="Frames">Its frames, signed.</param>
/// <param name="Sent">Completed when the socket took it (or the client closed and dropped it); failed when the socket's queue was full.</param>
internal sealed record PendingSend(NetMQSocket Socket, byte[][] Frames, TaskCompletionSource Sent);
