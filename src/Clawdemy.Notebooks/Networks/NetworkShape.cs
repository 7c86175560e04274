using System.Globalization;

namespace Clawdemy.Notebooks;

/// <summary>
/// The structure of a fully connected network: the number of neurons in each layer, such as 784-16-16-10.
/// It counts parameters exactly: a layer from n to m neurons has n·m weights and m biases, so
/// 784-16-16-10 has 12,560 + 272 + 170 = 13,002. Counts are 64-bit, exact up to about 9.2·10^18.
/// </summary>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed class NetworkShape : IHtmlRenderable
{
    private NetworkShape(IReadOnlyList<int> sizes)
    {
        Sizes = sizes;
        Layers = Enumerable.Range(1, sizes.Count - 1).Select(i => new LayerShape(i, sizes[i - 1], sizes[i])).ToArray();
        TotalWeights = Layers.Aggregate(0L, (total, layer) => checked(total + layer.Weights));
        TotalBiases = Layers.Aggregate(0L, (total, layer) => checked(total + layer.Biases));
        TotalParameters = checked(TotalWeights + TotalBiases);
    }

    /// <summary>The number of neurons in each layer, the input layer first.</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>The layers of connections, one fewer than <see cref="Sizes"/>.</summary>
    public IReadOnlyList<LayerShape> Layers { get; }

    /// <summary>All weights, summed over the layers.</summary>
    public long TotalWeights { get; }

    /// <summary>All biases, summed over the layers.</summary>
    public long TotalBiases { get; }

    /// <summary>All parameters: weights plus biases.</summary>
    public long TotalParameters { get; }

    /// <summary>
    /// Reads a shape written as layer sizes joined by dashes, such as "784-16-16-10". Spaces around the sizes are allowed.
    /// </summary>
    /// <param name="text">The shape.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentException">
    /// When the text is empty, has fewer than two sizes, holds a token that is not a whole number (the message names it),
    /// or a size below 1.
    /// </exception>
    public static NetworkShape Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A network shape needs layer sizes joined by dashes, like \"784-16-16-10\"; it was empty.", nameof(text));
        }

        var tokens = text.Split('-');
        var sizes = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].Trim();
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out sizes[i]))
            {
                throw new ArgumentException(
                    $"\"{token}\" in the shape \"{text}\" is not a layer size: each part between dashes must be a whole number of neurons, like \"784-16-16-10\".",
                    nameof(text));
            }
        }

        return FromSizes(sizes);
    }

    /// <summary>Builds a shape from layer sizes, the input layer first: <c>FromSizes(784, 16, 16, 10)</c>.</summary>
    /// <param name="sizes">At least two sizes, each at least 1.</param>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentException">When there are fewer than two sizes, or a size is below 1.</exception>
    public static NetworkShape FromSizes(params int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Length < 2)
        {
            throw new ArgumentException(
                $"A network shape needs at least two layer sizes (inputs and outputs), like 784-16-16-10; it had {sizes.Length}.", nameof(sizes));
        }

        for (var i = 0; i < sizes.Length; i++)
        {
            if (sizes[i] < 1)
            {
                throw new ArgumentException($"Layer {i} has {sizes[i]} neurons; every layer needs at least 1.", nameof(sizes));
            }
        }

        return new NetworkShape((int[])sizes.Clone());
    }

    /// <summary>The shape written with dashes, such as "784-16-16-10".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("-", Sizes);

    /// <summary>The per-layer count as an HTML table with a total row.</summary>
    /// <returns>An HTML fragment.</returns>
    public string ToHtmlFragment() => Html.Table(
        ["layer", "weights", "biases", "parameters"],
        Layers.Select(l => new[] { $"{l.Number}: {l.Inputs} → {l.Outputs}", Format.Count(l.Weights), Format.Count(l.Biases), Format.Count(l.Parameters) })
            .Append(["total", Format.Count(TotalWeights), Format.Count(TotalBiases), Format.Count(TotalParameters)]),
        caption: $"Parameters of a {this} network");
}
