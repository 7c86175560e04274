namespace Clawdemy.Notebooks;

/// <summary>A list of labelled digits read from a pair of IDX files, such as the course's MNIST sample.</summary>
public sealed class DigitSet
{
    /// <summary>Creates a set from digits.</summary>
    /// <param name="digits">The digits.</param>
    public DigitSet(IEnumerable<Digit> digits) => Digits = digits.ToArray();

    /// <summary>The digits, in file order.</summary>
    public IReadOnlyList<Digit> Digits { get; }

    /// <summary>How many digits there are.</summary>
    public int Count => Digits.Count;

    /// <summary>The digit at a position.</summary>
    /// <param name="index">The position, from 0.</param>
    public Digit this[int index] => Digits[index];

    /// <summary>Reads an image file and its label file (gzip or not), 28×28 images only.</summary>
    /// <param name="imagesPath">The IDX image file.</param>
    /// <param name="labelsPath">The IDX label file.</param>
    /// <returns>The digits.</returns>
    /// <exception cref="IdxFormatException">When a file is missing or malformed, the images are not 28×28, or the counts differ.</exception>
    public static DigitSet Load(string imagesPath, string labelsPath)
    {
        var (images, rows, columns) = Idx.ReadImages(imagesPath);
        var labels = Idx.ReadLabels(labelsPath);
        if (rows != PixelTemplate.Side || columns != PixelTemplate.Side)
        {
            throw new IdxFormatException($"{imagesPath}: images are {rows}×{columns}; the course's digits are 28×28");
        }

        if (images.Length != labels.Length)
        {
            throw new IdxFormatException($"{imagesPath} holds {images.Length} images but {labelsPath} holds {labels.Length} labels; they must match one to one");
        }

        return new DigitSet(images.Select((image, i) => Digit.FromBytes(labels[i], image)));
    }

    /// <summary>The digits with one label.</summary>
    /// <param name="label">0 to 9.</param>
    /// <returns>Those digits, in file order.</returns>
    public IReadOnlyList<Digit> OfLabel(int label) => Digits.Where(d => d.Label == label).ToArray();

    /// <summary>How many digits there are of each label, 0 to 9.</summary>
    /// <returns>Ten counts.</returns>
    public int[] CountsByLabel()
    {
        var counts = new int[10];
        foreach (var d in Digits) counts[d.Label]++;
        return counts;
    }
}
