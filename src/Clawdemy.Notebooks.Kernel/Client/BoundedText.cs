using System.Text;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>
/// Text read from a pipe, kept up to a cap in UTF-8 bytes: what comes past the cap is read and dropped, so a process
/// that floods its stdout can neither block on a full pipe nor grow the reader's memory. <see cref="Take"/> hands over
/// what has come since the last take; <see cref="Tail"/> gives the most recent text whatever was dropped before it
/// (a dying process's last words come after any flood).
/// </summary>
internal sealed class BoundedText(int maxBytes)
{
    /// <summary>The most recent characters kept for <see cref="Tail"/>, past the cap or not.</summary>
    private const int RecentChars = 256 * 1024;

    private int _keptBytes;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _recent = new();
    private readonly Lock _gate = new();
    private long _dropped;

    /// <summary>How many characters were dropped past the cap since the last take.</summary>
    public long Dropped
    {
        get
        {
            lock (_gate) return _dropped;
        }
    }

    /// <summary>Reads <paramref name="reader"/> to its end (or until cancelled), keeping what fits.</summary>
    public async Task ReadAllAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[8192];
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(buffer, cancellationToken);
                if (read == 0) return;
                lock (_gate)
                {
                    var kept = 0;
                    while (kept < read && _keptBytes + Encoding.UTF8.GetByteCount(buffer, kept, 1) <= maxBytes)
                    {
                        _keptBytes += Encoding.UTF8.GetByteCount(buffer, kept, 1);
                        kept++;
                    }

                    _text.Append(buffer, 0, kept);
                    _dropped += read - kept;
                    _recent.Append(buffer, 0, read);
                    if (_recent.Length > 2 * RecentChars) _recent.Remove(0, _recent.Length - RecentChars);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The process is gone or no longer read.
        }
    }

    /// <summary>What was kept since the last take, and how much was dropped; both start again from zero.</summary>
    public (string Text, long Dropped) Take()
    {
        lock (_gate)
        {
            var taken = (_text.ToString(), _dropped);
            _text.Clear();
            _keptBytes = 0;
            _dropped = 0;
            return taken;
        }
    }

    /// <summary>The last <paramref name="chars"/> characters read (at most 16 K), taken or not, cut or not: a crash's reason.</summary>
    public string Tail(int chars)
    {
        lock (_gate)
        {
            chars = Math.Min(chars, RecentChars);
            return _recent.Length <= chars ? _recent.ToString() : _recent.ToString(_recent.Length - chars, chars);
        }
    }
}
