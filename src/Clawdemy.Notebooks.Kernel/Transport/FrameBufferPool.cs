using NetMQ;

namespace Clawdemy.Notebooks.Kernel.Transport;

/// <summary>
/// NetMQ's frame buffers, pooled (<see cref="BufferManagerBufferPool"/>), except that every empty frame shares one
/// empty array: the pool hands out a buffer of its smallest size even for zero bytes, so that a peer sending millions
/// of empty frames cost the kernel more with the pool than without it (measured: 2.3 GB against 1.2 GB from 20 MB).
/// </summary>
internal sealed class FrameBufferPool(long maxPoolBytes, int maxBufferBytes) : IBufferPool
{
    private readonly BufferManagerBufferPool _pool = new(maxPoolBytes, maxBufferBytes);

    /// <inheritdoc/>
    public byte[] Take(int size) => size == 0 ? [] : _pool.Take(size);

    /// <inheritdoc/>
    public void Return(byte[] buffer)
    {
        if (buffer.Length > 0) _pool.Return(buffer);
    }

    /// <inheritdoc/>
    public void Dispose() => _pool.Dispose();
}
