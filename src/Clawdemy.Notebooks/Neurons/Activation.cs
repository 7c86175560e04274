namespace Clawdemy.Notebooks;

/// <summary>
/// An activation function ("the squish"): a named rule that turns a neuron's pre-activation z into its activation.
/// Activations are values: pass them around, compare them, put them in a list.
/// The ready-made ones live in <see cref="Activations"/>.
/// </summary>
public sealed class Activation
{
    private readonly Func<double, double> _function;

    /// <summary>Creates an activation from a name, its formula as text, and the function itself.</summary>
    /// <param name="name">A short name, such as "Sigmoid".</param>
    /// <param name="formula">The formula in plain text, such as "1 / (1 + e^-z)".</param>
    /// <param name="function">The function from z to the activation.</param>
    /// <exception cref="ArgumentException">When <paramref name="name"/> or <paramref name="formula"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">When <paramref name="function"/> is null.</exception>
    public Activation(string name, string formula, Func<double, double> function)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("An activation needs a name.", nameof(name));
        if (string.IsNullOrWhiteSpace(formula)) throw new ArgumentException($"The activation '{name}' needs its formula as text.", nameof(formula));
        Name = name;
        Formula = formula;
        _function = function ?? throw new ArgumentNullException(nameof(function));
    }

    /// <summary>The activation's name, such as "Sigmoid" or "ReLU".</summary>
    public string Name { get; }

    /// <summary>The formula in plain text, such as "1 / (1 + e^-z)".</summary>
    public string Formula { get; }

    /// <summary>Squishes one pre-activation value: activation = f(z).</summary>
    /// <param name="z">The pre-activation w·x + b. NaN gives NaN.</param>
    /// <returns>f(z).</returns>
    public double Squish(double z) => _function(z);

    /// <summary>Squishes every entry of a vector: a_i = f(z_i). The input is not changed.</summary>
    /// <param name="z">The pre-activations.</param>
    /// <returns>A new vector of activations, as long as <paramref name="z"/>.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="z"/> is null.</exception>
    public Vector<double> Squish(Vector<double> z)
    {
        ArgumentNullException.ThrowIfNull(z);
        return z.Map(_function);
    }

    /// <summary>The name and the formula, for example "Sigmoid: 1 / (1 + e^-z)".</summary>
    /// <returns>The name and formula as text.</returns>
    public override string ToString() => $"{Name}: {Formula}";
}
