using System.Security.Cryptography;
using System.Text;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>
/// A SHA-256 key of labelled parts, in order: each part is hashed, then its label and that hash go into the key, so a
/// change to any part, or to its label, changes the key. The export cache's keys (<see cref="ExportCache.KeyOf"/>) and
/// the render key of the handouts are both made this way.
/// </summary>
internal sealed class ContentKey : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds a part.</summary>
    public ContentKey Add(string label, byte[] bytes)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(label + "\n"));
        _hash.AppendData(SHA256.HashData(bytes));
        return this;
    }

    /// <summary>Adds a part given as text (UTF-8).</summary>
    public ContentKey Add(string label, string text) => Add(label, Encoding.UTF8.GetBytes(text));

    /// <summary>The key, as lower-case hex; the parts start again from none.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
