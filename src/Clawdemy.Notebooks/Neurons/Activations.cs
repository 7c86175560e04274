using MathNet.Numerics;

namespace Clawdemy.Notebooks;

/// <summary>
/// The squishing functions of the lesson, as named values: <see cref="Sigmoid"/> and <see cref="ReLU"/>,
/// and <see cref="Tanh"/>, <see cref="LeakyReLU"/> and <see cref="Step"/> for comparison.
/// </summary>
public static class Activations
{
    /// <summary>The slope that <see cref="LeakyReLU"/> uses for negative z.</summary>
    public const double DefaultLeakySlope = 0.01;

    /// <summary>
    /// The logistic sigmoid, sigmoid(z) = 1 / (1 + e^-z): a smooth S into the open interval (0, 1), with sigmoid(0) = 0.5.
    /// Computed by MathNet's <c>SpecialFunctions.Logistic</c>. In exact math it never reaches 0 or 1, but a double keeps
    /// about 16 significant digits: from z ≈ 37 on, 1 + e^-z rounds to 1 and the result is exactly 1; below z ≈ -709,
    /// e^-z overflows to ∞ and the result is exactly 0 (no exception). Edges: sigmoid(-∞) = 0, sigmoid(+∞) = 1, NaN gives NaN.
    /// </summary>
    public static Activation Sigmoid { get; } = new("Sigmoid", "1 / (1 + e^-z)", SpecialFunctions.Logistic);

    /// <summary>
    /// The rectified linear unit, ReLU(z) = max(0, z): zero for negative z, z itself otherwise.
    /// Edges: ReLU(-∞) = 0, ReLU(+∞) = +∞, NaN gives NaN.
    /// </summary>
    public static Activation ReLU { get; } = new("ReLU", "max(0, z)", z => double.IsNaN(z) ? double.NaN : Math.Max(0.0, z));

    /// <summary>
    /// The hyperbolic tangent, tanh(z) = (e^z - e^-z) / (e^z + e^-z): a smooth S from -1 to 1, with tanh(0) = 0.
    /// Edges: tanh(±∞) = ±1, NaN gives NaN.
    /// </summary>
    public static Activation Tanh { get; } = new("Tanh", "(e^z - e^-z) / (e^z + e^-z)", Math.Tanh);

    /// <summary>
    /// The leaky ReLU with slope 0.01: z for z ≥ 0, 0.01·z otherwise, so that negative inputs still leak through a little.
    /// Edges: -∞ gives -∞, +∞ gives +∞, NaN gives NaN. See <see cref="LeakyReLUWithSlope"/> for another slope.
    /// </summary>
    public static Activation LeakyReLU { get; } = LeakyReLUWithSlope(DefaultLeakySlope);

    /// <summary>
    /// The Heaviside step: 1 for z ≥ 0, 0 for z &lt; 0, the all-or-nothing neuron of the perceptron.
    /// Edges: step(0) = 1, step(-∞) = 0, step(+∞) = 1, NaN gives NaN.
    /// </summary>
    public static Activation Step { get; } = new("Step", "1 if z >= 0, else 0", z => double.IsNaN(z) ? double.NaN : z >= 0 ? 1.0 : 0.0);

    /// <summary>The five activations of the lesson, in the order the lesson shows them.</summary>
    public static IReadOnlyList<Activation> All { get; } = [Sigmoid, ReLU, Tanh, LeakyReLU, Step];

    /// <summary>A leaky ReLU with a chosen slope: z for z ≥ 0, slope·z otherwise.</summary>
    /// <param name="slope">The slope for negative z, usually small, such as 0.01. Must be a finite number.</param>
    /// <returns>The activation, named "LeakyReLU".</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the slope is NaN or infinite.</exception>
    public static Activation LeakyReLUWithSlope(double slope)
    {
        if (!double.IsFinite(slope))
        {
            throw new ArgumentOutOfRangeException(nameof(slope), slope, "The leaky slope must be a finite number, such as 0.01.");
        }

        var text = slope.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        return new Activation("LeakyReLU", $"z if z >= 0, else {text}·z", z => z >= 0 ? z : slope * z);
    }

    /// <summary>Finds an activation of <see cref="All"/> by name, ignoring case ("sigmoid", "relu", ...).</summary>
    /// <param name="name">The name to look for.</param>
    /// <returns>The activation with that name.</returns>
    /// <exception cref="ArgumentException">When no activation has that name; the message lists the names there are.</exception>
    public static Activation Named(string name)
    {
        var found = All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        return found ?? throw new ArgumentException(
            $"There is no activation called '{name}'. Try one of: {string.Join(", ", All.Select(a => a.Name))}.", nameof(name));
    }
}
