namespace Clawdemy.Notebooks;

/// <summary>
/// 784 weights seen as a 28×28 picture: the pattern a neuron looks for in an image. Pixel (row, column) is entry
/// row·28 + column, row 0 at the top. The score of an image is the weighted sum of its pixels with these weights:
/// bright pixels where the weights are positive raise it, bright pixels where they are negative lower it.
/// </summary>
public sealed class PixelTemplate
{
    /// <summary>The side of the picture: 28 pixels.</summary>
    public const int Side = 28;

    /// <summary>The number of pixels and weights: 28 × 28 = 784.</summary>
    public const int Pixels = Side * Side;

    /// <summary>Creates a template from 784 weights (copied).</summary>
    /// <param name="weights">784 weights, row by row.</param>
    /// <param name="name">A name for charts and tables.</param>
    /// <param name="madeFor">The digit it was designed to match, or null (a learned or home-made template).</param>
    /// <exception cref="ArgumentException">When there are not exactly 784 weights.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="madeFor"/> is not a digit 0 to 9.</exception>
    public PixelTemplate(Vector<double> weights, string name = "template", int? madeFor = null)
    {
        Require.Length(weights, Pixels, "template", nameof(weights));
        if (madeFor is < 0 or > 9) throw new ArgumentOutOfRangeException(nameof(madeFor), madeFor, "a template is made for a digit from 0 to 9");
        Weights = weights.Clone();
        Name = name;
        MadeFor = madeFor;
    }

    /// <summary>The 784 weights, row by row.</summary>
    public Vector<double> Weights { get; }

    /// <summary>The template's name.</summary>
    public string Name { get; }

    /// <summary>The digit the template was designed to match, or null when it was not designed for one.</summary>
    public int? MadeFor { get; }

    /// <summary>The weights as a 28×28 grid, row 0 at the top.</summary>
    /// <returns>A new 28×28 matrix.</returns>
    public Matrix<double> ToGrid() => ToGrid(Weights);

    /// <summary>Any 784 values (weights or pixels) as a 28×28 grid: entry row·28 + column goes to (row, column).</summary>
    /// <param name="values">784 values.</param>
    /// <returns>A new 28×28 matrix.</returns>
    /// <exception cref="ArgumentException">When there are not exactly 784 values.</exception>
    public static Matrix<double> ToGrid(Vector<double> values)
    {
        Require.Length(values, Pixels, "picture", nameof(values));
        return Matrix<double>.Build.Dense(Side, Side, (row, column) => values[row * Side + column]);
    }

    /// <summary>A 28×28 grid back to 784 values, row by row: the inverse of <see cref="ToGrid(Vector{double})"/>.</summary>
    /// <param name="grid">A 28×28 matrix.</param>
    /// <returns>A new vector of 784 values.</returns>
    /// <exception cref="ArgumentException">When the grid is not 28×28.</exception>
    public static Vector<double> FromGrid(Matrix<double> grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.RowCount != Side || grid.ColumnCount != Side)
        {
            throw new ArgumentException($"The grid is {grid.RowCount}×{grid.ColumnCount} but a picture is {Side}×{Side}.", nameof(grid));
        }

        return Vector<double>.Build.Dense(Pixels, i => grid[i / Side, i % Side]);
    }

    /// <summary>A template from a 28×28 grid of weights.</summary>
    /// <param name="grid">A 28×28 matrix.</param>
    /// <param name="name">A name for charts and tables.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentException">When the grid is not 28×28.</exception>
    public static PixelTemplate FromGrid(Matrix<double> grid, string name) => new(FromGrid(grid), name);

    /// <summary>How well an image matches: score = Σ weight_i · pixel_i, the weighted sum of the image with these weights.</summary>
    /// <param name="image">784 pixel values, row by row, usually scaled to 0..1.</param>
    /// <returns>The score. NaN in the image gives NaN.</returns>
    /// <exception cref="ArgumentException">When the image does not have 784 pixels.</exception>
    public double Score(Vector<double> image)
    {
        Require.Length(image, Pixels, "image", nameof(image));
        return NeuronMath.WeightedSum(image, Weights);
    }

    /// <summary>Each pixel's contribution to the score, weight_i · pixel_i, as 784 values (show it with <see cref="ToGrid(Vector{double})"/>).</summary>
    /// <param name="image">784 pixel values.</param>
    /// <returns>A new vector of 784 contributions.</returns>
    /// <exception cref="ArgumentException">When the image does not have 784 pixels.</exception>
    public Vector<double> Contributions(Vector<double> image)
    {
        Require.Length(image, Pixels, "image", nameof(image));
        return NeuronMath.Contributions(image, Weights);
    }

    /// <summary>The name, such as "template: bar across the top".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"template: {Name}";
}
