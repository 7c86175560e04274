namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>
/// Handouts open in the shared browser once every chart is drawn, one page per file and width, kept open for all the
/// tests that only read them (a page costs its browser about a second: plotly.js parsed, every chart drawn). A test that
/// clicks, types or changes the media opens its own page with <see cref="OpenAsync"/>.
/// </summary>
public sealed class DrawnPages : IAsyncLifetime
{
    /// <summary>The height of every page's viewport.</summary>
    private const int Height = 900;

    private readonly SharedWork<(string Path, int Width), Chromium.OpenPage> _pages = new();

    /// <summary>The shared page of <paramref name="path"/> at <paramref name="width"/>, opened at the first call; not to be disposed or changed.</summary>
    public Task<Chromium.OpenPage> SharedAsync(string path, int width) =>
        _pages.Get((path, width), key => OpenAsync(key.Path, key.Width));

    /// <summary>A page of its own, once every chart is drawn; the caller disposes it.</summary>
    public static async Task<Chromium.OpenPage> OpenAsync(string path, int width)
    {
        var chromium = await Chromium.SharedAsync();
        var opened = await chromium.OpenAsync(path, width: width, height: Height);
        try
        {
            var figures = await opened.Page.EvaluateAsync<int>("() => document.querySelectorAll('.clawdemy-figure').length");
            if (figures > 0) await opened.Page.WaitForFunctionAsync("n => document.querySelectorAll('.clawdemy-figure svg.main-svg').length >= n", figures);
            return opened;
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        foreach (var page in _pages.Finished) await page.DisposeAsync();
    }
}
