namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>Every course handout opened from disk in headless Chromium with the network closed.</summary>
public class HandoutsInBrowserTests(CourseExport export) : IClassFixture<CourseExport>
{
    /// <summary>The goal of the handouts issue: at most 2 MB per file, plotly.js and fonts included.</summary>
    private const long MaxHandoutBytes = 2 * 1024 * 1024;

    public static TheoryData<string> Handouts() => new(
        Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).Select(p => Path.GetFileNameWithoutExtension(p) + ".html").Append("index.html"));

    [Theory]
    [MemberData(nameof(Handouts))]
    public async Task Each_handout_draws_every_chart_typesets_its_math_and_stays_offline_with_a_clean_console(string name)
    {
        var path = Path.Combine(export.Folder, name);
        Assert.InRange(new FileInfo(path).Length, 1, MaxHandoutBytes);
        await using var chromium = await Chromium.StartAsync();
        await using var opened = await chromium.OpenAsync(path);
        var page = opened.Page;

        var figures = await page.EvaluateAsync<int>("() => document.querySelectorAll('.clawdemy-figure').length");
        if (figures > 0)
        {
            await page.WaitForFunctionAsync("n => document.querySelectorAll('.clawdemy-figure svg.main-svg').length >= n", figures);
        }

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

    [Fact]
    public async Task The_bias_slider_in_a_handout_moves_the_curve()
    {
        await using var chromium = await Chromium.StartAsync();
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
        await using var chromium = await Chromium.StartAsync();
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
        await using var chromium = await Chromium.StartAsync();
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

    [Fact]
    public async Task A_handout_is_readable_on_a_phone()
    {
        await using var chromium = await Chromium.StartAsync();
        await using var opened = await chromium.OpenAsync(Path.Combine(export.Folder, "01_weighted_sum.html"), width: 390, height: 844);
        var overflow = await opened.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone screen");
    }
}
