namespace Clawdemy.Notebooks.Tests;

/// <summary>Every tolerance the tests compare doubles with, in one place.</summary>
public static class Tolerances
{
    /// <summary>Sums of a few products computed in a different order: a few ulps.</summary>
    public const double Arithmetic = 1e-12;

    /// <summary>Values the lesson states to four decimal places, such as sigmoid(0.19) ≈ 0.5474.</summary>
    public const double FourPlaces = 5e-5;

    /// <summary>Closed forms of the activations, evaluated to seven decimal places by hand.</summary>
    public const double SevenPlaces = 1e-7;

    /// <summary>Stored weights are rounded to 6 decimals by the network file format.</summary>
    public const double StoredWeight = 1e-6;

    /// <summary>A stored accuracy is rounded to 4 places and the weights to 6, which may move a digit or two of 500.</summary>
    public const double StoredAccuracy = 0.005;

    /// <summary>Values the lesson states to three decimal places, such as "about 0.547".</summary>
    public const double ThreePlaces = 5e-4;
}
