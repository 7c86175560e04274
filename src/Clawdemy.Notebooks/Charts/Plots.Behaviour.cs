using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace Clawdemy.Notebooks;

public static partial class Plots
{
    /// <summary>
    /// A network's accuracy on each true digit 0 to 9 as bars, in percent from 0 to 100, its overall accuracy in the
    /// title: what the network answers, digit by digit. A digit with no test digits is drawn at 0.
    /// </summary>
    /// <param name="answers">The network's answers, from <see cref="Network.AnswersOn"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="answers"/> is null.</exception>
    public static GenericChart DigitAccuracy(NetworkAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var byDigit = answers.ByDigit();
        var chart = CSharpChart.Column<double, string, string>(PlotlyParts.Round(byDigit.Select(a => a.Total == 0 ? 0 : 100 * a.Fraction), 1),
                Keys: Enumerable.Range(0, 10).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), Name: answers.Name,
                MultiText: byDigit.Select(a => a.ToString()).ToArray(), TextPosition: StyleParam.TextPosition.Outside,
                MarkerColor: PlotlyParts.ColorOf(Colors.Positive), UseDefaults: false)
            .WithTitle($"{answers.Name}: {answers.Accuracy} right, digit by digit").WithAxisTitles("true digit", "% answered right").WithEveryCategoryLabelled();
        ChartStyle.Axis(chart, "yaxis", ("range", new[] { 0, 115 }));
        return chart.WithLayout(("height", 340));
    }

    /// <summary>
    /// The digits two networks disagree on (at most three), drawn side by side as 28×28 pictures, each captioned with
    /// its true label and both answers; the title names the networks and how many digits they disagree on. Two networks
    /// that agree everywhere give a chart with the title alone.
    /// </summary>
    /// <param name="disagreement">The comparison, from <see cref="Disagreement.Between"/>.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="disagreement"/> is null.</exception>
    public static GenericChart Disagreement(Disagreement disagreement)
    {
        ArgumentNullException.ThrowIfNull(disagreement);
        var shown = disagreement.Shown.Take(3).ToArray();
        var width = 1.0 / 3;
        var pictures = shown.Select((d, i) => PictureTrace(d.Digit.Pixels, false, i == 0 ? null : i + 1, showScale: false)).ToArray();
        var chart = (pictures.Length > 0 ? CSharpChart.Combine(pictures) : GenericChart.ofTraceObjects(false, Array.Empty<Trace>()))
            .WithTitle($"{disagreement.First.Name} vs {disagreement.Second.Name}: {Format.Count(disagreement.Count)} of {Format.Count(disagreement.First.Answers.Count)} digits answered differently");
        var layout = new List<(string, object?)>
        {
            ("xaxis", PictureAxis(null, [0.02, width - 0.02])),
            ("yaxis", PictureAxis("x", reversed: true)),
        };
        for (var i = 1; i < shown.Length; i++)
        {
            layout.Add(($"xaxis{i + 1}", PictureAxis(null, [i * width + 0.02, (i + 1) * width - 0.02])));
            layout.Add(($"yaxis{i + 1}", PictureAxis($"x{i + 1}", reversed: true, anchor: $"x{i + 1}")));
        }

        layout.Add(("annotations", shown.Select((d, i) => Caption($"a {d.Digit.Label}: {d.FirstAnswer} vs {d.SecondAnswer}", (i + 0.5) * width)).ToArray()));
        layout.Add(("height", 380));
        layout.Add(("margin", Margins(10, 10, 90, 10)));
        return chart.WithLayout([.. layout]);
    }
}
