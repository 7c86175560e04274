namespace Clawdemy.Notebooks;

/// <summary>One handwritten digit: its label and its 784 pixels (28×28, row by row) scaled from 0..255 to 0..1, 1 being full ink.</summary>
/// <param name="Label">The digit it shows, 0 to 9.</param>
/// <param name="Pixels">784 values in 0..1.</param>
public sealed record Digit(int Label, Vector<double> Pixels)
{
    /// <summary>A digit from raw bytes: each pixel becomes byte / 255.</summary>
    /// <param name="label">The digit, 0 to 9.</param>
    /// <param name="bytes">784 bytes, row by row.</param>
    /// <returns>The digit.</returns>
    /// <exception cref="ArgumentException">When there are not 784 bytes.</exception>
    public static Digit FromBytes(int label, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != PixelTemplate.Pixels) throw new ArgumentException($"A digit has {PixelTemplate.Pixels} pixels; got {bytes.Length}.", nameof(bytes));
        return new Digit(label, Vector<double>.Build.Dense(bytes.Length, i => bytes[i] / 255.0));
    }

    /// <summary>The pixels as a 28×28 grid, row 0 at the top.</summary>
    /// <returns>A new matrix.</returns>
    public Matrix<double> ToGrid() => PixelTemplate.ToGrid(Pixels);

    /// <summary>The digit as text, such as "a 7 (784 pixels)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"a {Label} ({Pixels.Count} pixels)";
}
