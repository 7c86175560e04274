namespace Clawdemy.Notebooks.Tests;

/// <summary>Every tolerance the tests compare doubles with, in one place.</summary>
public static class Tolerances
{
    /// <summary>Sums of a few products computed in a different order: a few ulps.</summary>
    public const double Arithmetic = 1e-12;

    /// <summary>Values the lesson states to four decimal places, such as sigmoid(0.19) ≈ 0.5474.</summary>
    public const double FourPlaces = 5e-5;

    /// <summary>Values the lesson states to three decimal places, such as "about 0.547".</summary>
    public const double ThreePlaces = 5e-4;
}
