namespace Clawdemy.Notebooks;

/// <summary>
/// What differs between two networks, counted in the lesson's three kinds of thing: lines of formula (each layer
/// computes one line, a = f(W·x + b), which differs only when its activation f does), connections (weights that
/// exist in one network and not the other) and numbers (weights and biases whose values differ).
/// </summary>
/// <param name="FormulaLines">Layers whose activation differs, plus layers only one network has.</param>
/// <param name="Connections">Weights present in one network but not the other (0 for two networks of one shape).</param>
/// <param name="Numbers">Parameters that exist in both at the same place and differ in value, plus those only one network has.</param>
/// <param name="TotalNumbers">The parameters of the second network, such as 13,002.</param>
public sealed record ParameterDiff(int FormulaLines, long Connections, long Numbers, long TotalNumbers)
{
    /// <summary>
    /// Compares two networks layer by layer, position by position. Values are compared exactly: a number copied from
    /// one network to the other counts as unchanged; NaN never equals anything, so a NaN parameter counts as changed.
    /// </summary>
    /// <param name="before">One network.</param>
    /// <param name="after">The other.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException">When a network is null.</exception>
    public static ParameterDiff Between(Network before, Network after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var lines = 0;
        long connections = 0, numbers = 0;
        for (var l = 0; l < Math.Max(before.Layers.Count, after.Layers.Count); l++)
        {
            var a = l < before.Layers.Count ? before.Layers[l] : null;
            var b = l < after.Layers.Count ? after.Layers[l] : null;
            if (a is null || b is null)
            {
                var only = (a ?? b)!;
                lines++;
                connections += (long)only.Inputs * only.Outputs;
                numbers += (long)only.Inputs * only.Outputs + only.Outputs;
                continue;
            }

            if (a.Activation.Name != b.Activation.Name) lines++;
            var (rows, columns) = (Math.Min(a.Outputs, b.Outputs), Math.Min(a.Inputs, b.Inputs));
            long shared = (long)rows * columns;
            var apart = (long)a.Outputs * a.Inputs + (long)b.Outputs * b.Inputs - 2 * shared;
            connections += apart;
            numbers += apart + Math.Abs(a.Outputs - b.Outputs);
            for (var j = 0; j < rows; j++)
            {
                if (!(a.Biases[j] == b.Biases[j])) numbers++;
                for (var i = 0; i < columns; i++)
                {
                    if (!(a.Weights[j, i] == b.Weights[j, i])) numbers++;
                }
            }
        }

        return new ParameterDiff(lines, connections, numbers, after.Shape.TotalParameters);
    }

    /// <summary>The counts as the lesson says them: "0 lines of formula, 0 connections, 12,544 of 13,002 numbers".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Format.Count(FormulaLines)} lines of formula, {Format.Count(Connections)} connections, {Format.Count(Numbers)} of {Format.Count(TotalNumbers)} numbers";
}
