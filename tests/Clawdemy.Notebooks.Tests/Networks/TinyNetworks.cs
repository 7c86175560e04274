namespace Clawdemy.Notebooks.Tests.Networks;

/// <summary>
/// Networks and digits small enough to work out by hand: a 784-10 "pointer" network whose output neuron k adds up
/// pixel k alone (weight 1, bias 0), so that it answers the position of the brightest of pixels 0 to 9.
/// </summary>
internal static class TinyNetworks
{
    /// <summary>Output neuron k reads pixel <c>map[k]</c> with weight 1; the identity map answers k for a digit inked at pixel k.</summary>
    public static Network Pointer(params int[] map)
    {
        map = map.Length == 0 ? Enumerable.Range(0, 10).ToArray() : map;
        var weights = Matrix<double>.Build.Dense(10, PixelTemplate.Pixels, (k, i) => i == map[k] ? 1.0 : 0.0);
        return new Network([new DenseLayer(weights, Vector<double>.Build.Dense(10), Activations.Sigmoid)]);
    }

    /// <summary>A digit labelled <paramref name="label"/> whose only ink is one pixel, at position <paramref name="inkAt"/>.</summary>
    public static Digit Inked(int label, int inkAt) => new(label, Vector<double>.Build.Dense(PixelTemplate.Pixels, i => i == inkAt ? 1.0 : 0.0));
}
