using System.Buffers.Binary;
using System.IO.Compression;

namespace Clawdemy.Notebooks;

/// <summary>
/// MNIST's IDX format: a big-endian header (magic 0x00000803 and count, rows, columns for images; magic 0x00000801 and
/// count for labels) followed by one unsigned byte per pixel or label. Files may be gzip-compressed (.gz); the
/// 60,000-digit originals read the same way as the course's sample.
/// </summary>
public static class Idx
{
    /// <summary>The magic number of an image file.</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>The magic number of a label file.</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>Reads an image file: count images of rows × columns bytes each.</summary>
    /// <param name="path">The file, gzip-compressed or not.</param>
    /// <returns>The images as byte arrays, and their size.</returns>
    /// <exception cref="IdxFormatException">When the file is missing, has the wrong magic number, or is truncated.</exception>
    public static (byte[][] Images, int Rows, int Columns) ReadImages(string path)
    {
        var bytes = ReadAll(path);
        var header = Header(bytes, path, ImagesMagic, "image", 16);
        var rows = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8));
        var columns = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(12));
        if (rows <= 0 || columns <= 0) throw new IdxFormatException($"{path}: images of {rows}×{columns} pixels make no sense");
        var size = (long)rows * columns;
        var expected = 16 + header * size;
        if (bytes.LongLength < expected)
        {
            throw new IdxFormatException($"{path}: truncated: the header promises {header} images of {rows}×{columns} ({expected:N0} bytes) but the file has {bytes.LongLength:N0}");
        }

        var images = new byte[header][];
        for (var i = 0; i < header; i++) images[i] = bytes.AsSpan((int)(16 + i * size), (int)size).ToArray();
        return (images, rows, columns);
    }

    /// <summary>Reads a label file: count bytes, each a digit 0 to 9.</summary>
    /// <param name="path">The file, gzip-compressed or not.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="IdxFormatException">When the file is missing, has the wrong magic number, is truncated, or holds a label above 9.</exception>
    public static byte[] ReadLabels(string path)
    {
        var bytes = ReadAll(path);
        var count = Header(bytes, path, LabelsMagic, "label", 8);
        if (bytes.LongLength < 8L + count)
        {
            throw new IdxFormatException($"{path}: truncated: the header promises {count} labels but the file has {bytes.LongLength - 8}");
        }

        var labels = bytes.AsSpan(8, count).ToArray();
        var bad = Array.FindIndex(labels, l => l > 9);
        if (bad >= 0) throw new IdxFormatException($"{path}: label {bad} is {labels[bad]}, but digits run from 0 to 9");
        return labels;
    }

    /// <summary>An image file's bytes, gzip-compressed, as <see cref="ReadImages"/> reads them (the data tool writes them to disk).</summary>
    /// <param name="images">The images, each rows × columns bytes.</param>
    /// <param name="rows">The rows per image.</param>
    /// <param name="columns">The columns per image.</param>
    /// <exception cref="ArgumentException">When an image has the wrong size.</exception>
    public static byte[] EncodeImages(IReadOnlyList<byte[]> images, int rows = 28, int columns = 28)
    {
        ArgumentNullException.ThrowIfNull(images);
        var size = rows * columns;
        var bad = images.Select((image, i) => (image, i)).FirstOrDefault(x => x.image.Length != size);
        if (bad.image is not null) throw new ArgumentException($"Image {bad.i} has {bad.image.Length} bytes but {rows}×{columns} = {size} are needed.", nameof(images));
        var bytes = new byte[16 + (long)images.Count * size];
        BinaryPrimitives.WriteInt32BigEndian(bytes, ImagesMagic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), images.Count);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), rows);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), columns);
        for (var i = 0; i < images.Count; i++) images[i].CopyTo(bytes, 16 + (long)i * size);
        return Gzip(bytes);
    }

    /// <summary>A label file's bytes, gzip-compressed, as <see cref="ReadLabels"/> reads them.</summary>
    /// <param name="labels">The labels, each 0 to 9.</param>
    public static byte[] EncodeLabels(IReadOnlyList<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var bytes = new byte[8 + labels.Count];
        BinaryPrimitives.WriteInt32BigEndian(bytes, LabelsMagic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), labels.Count);
        labels.ToArray().CopyTo(bytes, 8);
        return Gzip(bytes);
    }

    private static int Header(byte[] bytes, string path, int magic, string kind, int headerBytes)
    {
        if (bytes.Length < headerBytes) throw new IdxFormatException($"{path}: truncated: {bytes.Length} bytes is shorter than an IDX {kind} header ({headerBytes} bytes)");
        var found = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (found != magic)
        {
            var hint = found == (magic == ImagesMagic ? LabelsMagic : ImagesMagic) ? $" (this is a {(kind == "image" ? "label" : "image")} file)" : "";
            throw new IdxFormatException($"{path}: magic number 0x{found:X8} is not that of an IDX {kind} file (0x{magic:X8}){hint}");
        }

        var count = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4));
        if (count < 0) throw new IdxFormatException($"{path}: the header's count {count} is negative");
        return count;
    }

    private static byte[] ReadAll(string path)
    {
        byte[] raw;
        try
        {
            raw = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IdxFormatException($"{path}: no such file");
        }

        if (raw.Length < 2 || raw[0] != 0x1f || raw[1] != 0x8b) return raw;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new IdxFormatException($"{path}: truncated or damaged gzip data");
        }
        catch (EndOfStreamException)
        {
            throw new IdxFormatException($"{path}: truncated gzip data");
        }
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return compressed.ToArray();
    }
}
