namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>Every course handout opened from disk in headless Chromium with the network closed.</summary>
public class HandoutsInBrowserTests(CourseExport export, DrawnPages pages) : IClassFixture<CourseExport>, IClassFixture<DrawnPages>
{
    /// <summary>The laptop screen's width, at which the tests that need no particular width look at each handout.</summary>
    private const int LaptopWidth = 1280;

    /// <summary>The goal of the size issue: at most 1 MB per file, plotly.js and fonts included.</summary>
    private const long MaxHandoutBytes = 1024 * 1024;

    /// <summary>The smallest a 28×28 picture may be drawn, across and down: 4 CSS px a pixel, so that strokes can be seen.</summary>
    private const double SmallestPicturePx = 4 * PixelTemplate.Side;

    /// <summary>The handout whose charts are 28×28 pictures (digits, templates, tiles): the picture check must find some there.</summary>
    private const string PicturesHandout = "05_pixel_template.html";

    public static TheoryData<string> Handouts() => new(HandoutNames());

    private static IEnumerable<string> HandoutNames() =>
        Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).Select(p => Path.GetFileNameWithoutExtension(p) + ".html").Append("index.html");

    [Theory]
    [MemberData(nameof(Handouts))]
    public async Task Each_handout_draws_every_chart_typesets_its_math_and_stays_offline_with_a_clean_console(string name)
    {
        var path = Path.Combine(export.Folder, name);
        var opened = await pages.SharedAsync(path, LaptopWidth);
        var page = opened.Page;

        var figures = await page.EvaluateAsync<int>("() => document.querySelectorAll('.clawdemy-figure').length");
        var drawn = await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('.clawdemy-figure')).filter(f => f.querySelector('svg.main-svg')).length");
        Assert.Equal(figures, drawn);

        var source = await File.ReadAllTextAsync(path);
        var katex = await page.EvaluateAsync<int>("() => document.querySelectorAll('.katex .katex-html').length");
        Assert.True(katex > 0, "the math was typeset");
        Assert.DoesNotContain("$$", await page.EvaluateAsync<string>("() => document.body.innerText"));
        var fontsReady = await page.EvaluateAsync<bool>("() => document.fonts.ready.then(() => Array.from(document.fonts).every(f => f.status !== 'error'))");
        Assert.True(fontsReady, "every inlined font loaded");
        Assert.Empty(opened.NetworkRequests);
        Assert.True(opened.ConsoleErrors.Count == 0, string.Join("\n", opened.ConsoleErrors));
        Assert.DoesNotContain("clawdemy-math:", source);
    }

    [Theory]
    [MemberData(nameof(Handouts))]
    public void Each_handout_weighs_at_most_1_MB(string name)
    {
        var bytes = new FileInfo(Path.Combine(export.Folder, name)).Length;
        Assert.True(bytes is > 0 and <= MaxHandoutBytes, $"{name} weighs {bytes:N0} bytes; at most {MaxHandoutBytes:N0}");
    }

    [Fact]
    public async Task The_bias_slider_in_a_handout_moves_the_curve()
    {
        var chromium = await Chromium.SharedAsync();
        await using var opened = await chromium.OpenAsync(Path.Combine(export.Folder, "02_bias.html"));
        var page = opened.Page;
        var rail = await page.WaitForSelectorAsync(".clawdemy-figure .slider-rail-rect");
        var figure = "Array.from(document.querySelectorAll('.clawdemy-figure')).find(f => f.querySelector('.slider-rail-rect'))";
        var before = await page.EvaluateAsync<string>($"() => JSON.stringify({figure}.data[1].y)");
        await rail!.ScrollIntoViewIfNeededAsync();
        var box = (await rail.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width * 0.9f, box.Y + box.Height / 2);
        await page.WaitForFunctionAsync($"before => JSON.stringify({figure}.data[1].y) !== before", before);
        Assert.Empty(opened.ConsoleErrors);
    }

    [Fact]
    public async Task A_screenshot_of_the_worked_example_is_saved_as_a_test_artefact()
    {
        var chromium = await Chromium.SharedAsync();
        await using var opened = await chromium.OpenAsync(Path.Combine(export.Folder, "04_one_neuron.html"), width: 1000, height: 1400);
        await opened.Page.WaitForSelectorAsync(".clawdemy-figure svg.main-svg");
        var target = RepoPaths.Combine("artifacts", "test-artifacts", "04_one_neuron.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await opened.Page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions { Path = target, FullPage = true });
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(target)[..4]);
    }

    [Fact]
    public async Task The_print_stylesheet_keeps_charts_and_does_not_cut_cells()
    {
        var chromium = await Chromium.SharedAsync();
        await using var opened = await chromium.OpenAsync(Path.Combine(export.Folder, "04_one_neuron.html"));
        await opened.Page.EmulateMediaAsync(new Microsoft.Playwright.PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });
        var shown = await opened.Page.EvaluateAsync<bool>("() => getComputedStyle(document.querySelector('.clawdemy-figure')).display !== 'none'");
        string BreakInside(string selector) => $"() => getComputedStyle(document.querySelector('{selector}')).breakInside";
        Assert.True(shown);
        Assert.Equal("avoid", await opened.Page.EvaluateAsync<string>(BreakInside(".clawdemy-figure")));
        Assert.Equal("avoid", await opened.Page.EvaluateAsync<string>(BreakInside(".output")));
        Assert.Equal("avoid", await opened.Page.EvaluateAsync<string>(BreakInside(".cell.code .source")));
        Assert.Equal("auto", await opened.Page.EvaluateAsync<string>(BreakInside(".cell"))); // a long cell may break: no half-empty page
    }

    /// <summary>A phone (390 px, an iPhone's CSS width) and a laptop screen (1280 px).</summary>
    public static TheoryData<string, int> HandoutsAtEachWidth()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in HandoutNames()) foreach (var width in new[] { 390, LaptopWidth }) data.Add(name, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(HandoutsAtEachWidth))]
    public async Task Each_handout_fits_the_screen_clips_no_code_and_no_chart_title_overlaps_other_text(string name, int width)
    {
        var opened = await SharedAsync(name, width);
        var page = opened.Page;

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name} at {width}px: the page is {overflow}px wider than the screen");

        var clipped = await page.EvaluateAsync<string[]>(@"() => Array.from(document.querySelectorAll('.cell.code .source pre, .output pre'))
            .filter(pre => pre.scrollWidth > pre.clientWidth + 1)
            .map(pre => pre.textContent.slice(0, 60))");
        Assert.True(clipped.Length == 0, $"{name} at {width}px: code wider than its box: {string.Join(" | ", clipped)}");

        var overlaps = await page.EvaluateAsync<string[]>(@"() => {
            const problems = [];
            const meets = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            for (const figure of document.querySelectorAll('.clawdemy-figure')) {
                const box = figure.getBoundingClientRect();
                const title = figure.querySelector('.gtitle');
                if (!title) continue;
                const t = title.getBoundingClientRect();
                if (t.left < box.left - 1 || t.right > box.right + 1 || t.top < box.top - 1) problems.push('title outside its chart: ' + title.textContent);
                for (const other of figure.querySelectorAll('text:not(.gtitle)')) {
                    if (!other.textContent.trim() || title.contains(other)) continue;
                    if (meets(t, other.getBoundingClientRect())) problems.push('""' + title.textContent + '"" overlaps ""' + other.textContent + '""');
                }
            }
            return problems;
        }");
        Assert.True(overlaps.Length == 0, $"{name} at {width}px: {string.Join("; ", overlaps)}");
        Assert.True(opened.ConsoleErrors.Count == 0, string.Join("\n", opened.ConsoleErrors));
    }

    [Theory]
    [MemberData(nameof(HandoutsAtEachWidth))]
    public async Task Every_chart_legend_lies_inside_its_chart_and_overlaps_neither_the_chart_title_nor_an_axis_title(string name, int width)
    {
        var opened = await SharedAsync(name, width);
        var page = opened.Page;

        // plotly.js draws a legend as g.legend, the chart's title as .gtitle and the axis titles as .xtitle and .ytitle.
        var problems = await page.EvaluateAsync<string[]>(@"() => {
            const problems = [];
            const meets = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            const within = (a, b) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
            for (const figure of document.querySelectorAll('.clawdemy-figure')) {
                const title = figure.querySelector('.gtitle');
                const chart = title ? title.textContent : figure.id;
                const legends = figure.querySelectorAll('svg.main-svg g.legend');
                if (figure._fullLayout && figure._fullLayout.showlegend && legends.length === 0) problems.push('no legend drawn: ' + chart);
                for (const legend of legends) {
                    const box = legend.getBoundingClientRect();
                    if (!within(box, figure.getBoundingClientRect())) problems.push('legend outside its chart: ' + chart);
                    for (const other of figure.querySelectorAll('.gtitle, .xtitle, .ytitle')) {
                        if (other.textContent.trim() && meets(box, other.getBoundingClientRect())) problems.push('legend over ""' + other.textContent + '"": ' + chart);
                    }
                }
            }
            return problems;
        }");
        Assert.True(problems.Length == 0, $"{name} at {width}px: {string.Join("; ", problems)}");
        Assert.True(opened.ConsoleErrors.Count == 0, string.Join("\n", opened.ConsoleErrors));
    }

    [Theory]
    [MemberData(nameof(HandoutsAtEachWidth))]
    public async Task Every_28x28_picture_is_drawn_at_least_4_px_a_pixel_across_and_down(string name, int width)
    {
        var opened = await SharedAsync(name, width);
        var page = opened.Page;

        // A picture heatmap says in its meta how its pictures are tiled (Plotly.PictureTiling); plotly.js draws it as an
        // image in its subplot. One picture's drawn side is the image's size over the cells it spans, times the side.
        var pictures = await page.EvaluateAsync<PictureSize[]>(@"() => {
            const sizes = [];
            for (const figure of document.querySelectorAll('.clawdemy-figure')) {
                const title = figure.querySelector('.gtitle');
                const chart = title ? title.textContent : figure.id;
                for (const trace of figure.data || []) {
                    if (trace.type !== 'heatmap' || !trace.meta || !trace.meta.side) continue;
                    const image = figure.querySelector('g.subplot.' + (trace.xaxis || 'x') + (trace.yaxis || 'y') + ' .heatmaplayer image');
                    const box = image ? image.getBoundingClientRect() : { width: 0, height: 0 };
                    sizes.push({ chart: chart, across: box.width / trace.z[0].length * trace.meta.side, down: box.height / trace.z.length * trace.meta.side });
                }
            }
            return sizes;
        }");
        if (name == PicturesHandout) Assert.NotEmpty(pictures);
        var small = pictures.Where(p => p.Across < SmallestPicturePx || p.Down < SmallestPicturePx).Select(p => $"{p.Chart}: {p.Across:F0}×{p.Down:F0} px").ToArray();
        Assert.True(small.Length == 0, $"{name} at {width}px: pictures under {SmallestPicturePx} px: {string.Join("; ", small)}");
        Assert.True(opened.ConsoleErrors.Count == 0, string.Join("\n", opened.ConsoleErrors));
    }

    /// <summary>One drawn 28×28 picture: its chart's title and its size in CSS px (filled in by Playwright from the page).</summary>
    public sealed class PictureSize
    {
        public string Chart { get; set; } = "";

        public double Across { get; set; }

        public double Down { get; set; }
    }

    [Fact]
    public async Task The_neuron_playground_starts_at_the_lesson_numbers_switches_to_relu_and_follows_an_edited_weight()
    {
        await using var opened = await DrawnPages.OpenAsync(Path.Combine(export.Folder, "04_one_neuron.html"), LaptopWidth);
        var page = opened.Page;
        var playground = page.Locator("[data-neuron-playground]");
        Assert.Equal(1, await playground.CountAsync());
        var activation = playground.Locator("output[name=a]");

        // The lesson's neuron: sigmoid(0.19) = 0.5474, ReLU(0.19) = 0.19.
        Assert.Equal(Format.Number(Activations.Sigmoid.Squish(0.19)), await activation.TextContentAsync());
        await playground.Locator("select[name=activation]").SelectOptionAsync("ReLU");
        Assert.Equal(Format.Number(Activations.ReLU.Squish(0.19)), await activation.TextContentAsync());

        await playground.Locator("select[name=activation]").SelectOptionAsync("Sigmoid");
        await playground.Locator("input[name=w2]").FillAsync("0.3");
        // w2 = 0.3: z = 0.5·0.3 + 0.8·0.3 + 0.2·0.5 + 0.1.
        var z = NeuronMath.PreActivation([0.5, 0.8, 0.2], [0.3, 0.3, 0.5], 0.1);
        Assert.Equal(Format.Number(NeuronMath.Squish(z, Activations.Sigmoid)), await activation.TextContentAsync());
        Assert.Equal(Format.Number(z), await playground.Locator("output[name=z]").TextContentAsync());
        Assert.Equal("+" + Format.Number(0.8 * 0.3), await playground.Locator("output[name=c2]").TextContentAsync());

        var chart = "document.querySelector('[data-neuron-playground] .clawdemy-figure')";
        Assert.Equal(0.24, await page.EvaluateAsync<double>($"() => {chart}.data[0].y[1]"), 1e-9);
        Assert.Equal(Colors.Positive, await page.EvaluateAsync<string>($"() => {chart}.data[0].marker.color[1]"));
        Assert.Contains(Format.Number(NeuronMath.Squish(z, Activations.Sigmoid)), await page.EvaluateAsync<string>($"() => {chart}.layout.annotations[0].text"));
        Assert.Empty(opened.ConsoleErrors);
    }

    [Fact]
    public async Task The_weight_slider_colours_the_moved_bar_by_its_new_sign()
    {
        var chromium = await Chromium.SharedAsync();
        await using var opened = await chromium.OpenAsync(Path.Combine(export.Folder, "01_weighted_sum.html"), width: 1280, height: 900);
        var page = opened.Page;
        var rail = await page.WaitForSelectorAsync(".clawdemy-figure .slider-rail-rect");
        var figure = "Array.from(document.querySelectorAll('.clawdemy-figure')).find(f => f.querySelector('.slider-rail-rect'))";
        Assert.Equal(Colors.Negative, await page.EvaluateAsync<string>($"() => {figure}.data[0].marker.color[1]"));
        await rail!.ScrollIntoViewIfNeededAsync();
        var box = (await rail.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width * 0.95f, box.Y + box.Height / 2);
        await page.WaitForFunctionAsync($"() => {figure}.data[0].y[1] > 0");
        Assert.Equal(Colors.Positive, await page.EvaluateAsync<string>($"() => {figure}.data[0].marker.color[1]"));
        Assert.StartsWith("w·x = ", await page.EvaluateAsync<string>($"() => {figure}.layout.annotations[0].text"));
        Assert.Empty(opened.ConsoleErrors);
    }

    [Theory]
    [MemberData(nameof(Handouts))]
    public void No_handout_opens_with_the_setup_cell_or_gives_an_exercise_a_verdict_before_it_is_answered(string name)
    {
        var html = File.ReadAllText(Path.Combine(export.Folder, name));
        Assert.DoesNotContain("Clawdemy.Notebooks.dll", html);
        Assert.DoesNotContain("✗ Not yet", html);
        Assert.DoesNotContain("✓ Right", html);
        Assert.DoesNotContain("Worked answer", html);
        if (name.StartsWith('0')) Assert.Contains("✎ Your answer here", html);
    }

    /// <summary>Notebook 07's handout at a phone's and a laptop's width.</summary>
    public static TheoryData<int> BothWidths() => new(390, LaptopWidth);

    [Theory]
    [MemberData(nameof(BothWidths))]
    public async Task The_behaviour_handout_draws_ten_bars_per_network_and_each_disagreeing_digit_under_its_own_caption(int width)
    {
        var opened = await SharedAsync("07_behaviour_in_parameters.html", width);

        // Plots.DigitAccuracy titles end "right, digit by digit" and draw one bar per digit; Plots.Disagreement titles say
        // "answered differently" and draw each digit as a picture with its caption ("a 9: 4 vs 9") above it.
        var charts = await opened.Page.EvaluateAsync<BehaviourChart[]>(@"() => Array.from(document.querySelectorAll('.clawdemy-figure')).map(f => {
            // A title wrapped onto lines at a narrow width loses the spaces between them: compare without spaces.
            const title = f.querySelector('.gtitle') ? f.querySelector('.gtitle').textContent.replace(/\s+/g, '') : '';
            const box = f.getBoundingClientRect();
            const captions = Array.from(f.querySelectorAll('.annotation-text')).map(a => a.getBoundingClientRect());
            const images = Array.from(f.querySelectorAll('.heatmaplayer image')).map(i => i.getBoundingClientRect());
            const meets = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            return {
                title: title,
                bars: f.querySelectorAll('g.trace.bars g.point').length,
                captions: captions.length,
                pictures: images.length,
                captionsInside: captions.every(c => c.left >= box.left - 1 && c.right <= box.right + 1),
                captionsClear: captions.every((c, i) => captions.every((d, j) => i === j || !meets(c, d)) && images.every(im => !meets(c, im))),
            };
        }).filter(c => /digitbydigit|answereddifferently/.test(c.title))");

        var accuracy = charts.Where(c => c.Title.EndsWith("digitbydigit", StringComparison.Ordinal)).ToArray();
        var disagreements = charts.Where(c => c.Title.EndsWith("answereddifferently", StringComparison.Ordinal)).ToArray();
        Assert.True(accuracy.Length >= 7, $"{width}px: {accuracy.Length} per-digit accuracy charts, one per network");
        Assert.All(accuracy, c => Assert.Equal(10, c.Bars));
        Assert.True(disagreements.Length >= 3, $"{width}px: {disagreements.Length} disagreement charts");
        Assert.All(disagreements, c =>
        {
            Assert.Equal(3, c.Pictures);
            Assert.Equal(3, c.Captions);
            Assert.True(c.CaptionsInside && c.CaptionsClear, $"{width}px: captions of \"{c.Title}\" leave the chart or overlap");
        });
    }

    /// <summary>One chart of notebook 07's handout as drawn (filled in by Playwright from the page).</summary>
    public sealed class BehaviourChart
    {
        public string Title { get; set; } = "";

        public int Bars { get; set; }

        public int Captions { get; set; }

        public int Pictures { get; set; }

        public bool CaptionsInside { get; set; }

        public bool CaptionsClear { get; set; }
    }

    /// <summary>The shared page of a handout of the course export at a width, once every chart is drawn (read it, do not change it).</summary>
    private Task<Chromium.OpenPage> SharedAsync(string file, int width) => pages.SharedAsync(Path.Combine(export.Folder, file), width);
}
