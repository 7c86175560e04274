using Clawdemy.Notebooks.Plotly;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// A network's accuracy on each true digit 0 to 9 as bars, in percent from 0 to 100, its overall accuracy in the
    /// title: what the network answers, digit by digit. A digit with no test digits is drawn at 0.
    /// </summary>
    /// <param name="answers">The network's answers, from <see cref="Network.AnswersOn"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="answers"/> is null.</exception>
    public static Figure DigitAccuracy(NetworkAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var byDigit = answers.ByDigit();
        var figure = Figure.Of(new BarTrace
        {
            X = Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            Y = ChartJson.Round(byDigit.Select(a => a.Total == 0 ? 0 : 100 * a.Fraction), 1),
            Text = byDigit.Select(a => a.ToString()).ToArray(),
            TextPosition = TextPosition.Outside,
            Marker = new Marker(Colors.Positive),
            Name = answers.Name,
        }).WithTitle($"{answers.Name}: {answers.Accuracy} right, digit by digit").WithAxisTitles("true digit", "% answered right").WithEveryCategoryLabelled();
        figure.Layout.YAxis!.Range = [0, 115];
        figure.Layout.Height = 340;
        return figure;
    }

    /// <summary>
    /// The digits two networks disagree on (at most three), drawn side by side as 28×28 pictures, each captioned with
    /// its true label and both answers; the title names the networks and how many digits they disagree on. Two networks
    /// that agree everywhere give a chart with the title alone.
    /// </summary>
    /// <param name="disagreement">The comparison, from <see cref="Disagreement.Between"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="disagreement"/> is null.</exception>
    public static Figure Disagreement(Disagreement disagreement)
    {
        ArgumentNullException.ThrowIfNull(disagreement);
        var shown = disagreement.Shown.Take(3).ToArray();
        var width = 1.0 / 3;
        var figure = Figure.Of(shown.Select((d, i) => (Trace)Heatmap(d.Digit.Pixels, false, i == 0 ? "x" : $"x{i + 1}", i == 0 ? "y" : $"y{i + 1}", showScale: false)).ToArray());
        figure.WithTitle($"{disagreement.First.Name} vs {disagreement.Second.Name}: {Format.Count(disagreement.Count)} of {Format.Count(disagreement.First.Answers.Count)} digits answered differently");
        Axis X(int i) => PictureAxis(null, [i * width + 0.02, (i + 1) * width - 0.02]);
        figure.Layout.XAxis = X(0);
        figure.Layout.YAxis = PictureAxis("x", reversed: true);
        if (shown.Length > 1) (figure.Layout.XAxis2, figure.Layout.YAxis2) = (X(1), PictureAxis("x2", reversed: true, anchor: "x2"));
        if (shown.Length > 2) (figure.Layout.XAxis3, figure.Layout.YAxis3) = (X(2), PictureAxis("x3", reversed: true, anchor: "x3"));
        figure.Layout.Annotations = shown.Select((d, i) => Caption($"a {d.Digit.Label}: {d.FirstAnswer} vs {d.SecondAnswer}", (i + 0.5) * width)).ToArray();
        figure.Layout.Height = 380;
        figure.Layout.Margin = new Dictionary<string, int> { ["l"] = 10, ["r"] = 10, ["t"] = 90, ["b"] = 10 };
        return figure;
    }
}
