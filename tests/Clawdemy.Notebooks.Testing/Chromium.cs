using Clawdemy.Notebooks.Platform.Processes;
using Microsoft.Playwright;

namespace Clawdemy.Notebooks.Testing;

/// <summary>
/// Debian's headless Chromium (its headless shell when installed) driven by Playwright, with the network closed: every request that is not for a file on
/// disk is refused and recorded, and console errors and page errors are kept for the test to assert on. Each page
/// opens in a fresh browser context (its own cookies, storage, cache and routes), so tests can share one browser.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private static readonly Lazy<Task<Chromium>> SharedBrowser = new(() => StartAsync());

    /// <summary>Playwright's driver (a Node.js process), one for every browser of this process; it ends when the process exits.</summary>
    private static readonly Lazy<Task<IPlaywright>> Driver = new(StartDriverAsync);

    private readonly IBrowser _browser;

    private Chromium(IBrowser browser)
    {
        _browser = browser;
    }

    /// <summary>The browser's executable, found as the export finds it (<see cref="Programs.Chromium"/>), or Debian's /usr/bin/chromium-headless-shell.</summary>
    public static string ExecutablePath => Programs.Chromium() ?? "/usr/bin/chromium-headless-shell";

    /// <summary>The folder that holds Playwright's driver (.playwright): the Microsoft.Playwright package's, set by the build.</summary>
    private static string DriverSearchPath => typeof(Chromium).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "PlaywrightDriverSearchPath").Value!;

    /// <summary>
    /// The one browser the tests of this process share (started at the first call; closed when the process exits). Do
    /// not dispose it; a test that needs its own flags (a net log) starts its own with <see cref="StartAsync"/>.
    /// </summary>
    public static Task<Chromium> SharedAsync() => SharedBrowser.Value;

    /// <summary>Starts Chromium; fails (never skips) when it is not installed.</summary>
    /// <param name="netLog">Where Chromium writes its net log (read it with <see cref="NetLog"/> once disposed), or none.</param>
    public static async Task<Chromium> StartAsync(string? netLog = null)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: run `apt-get install -y chromium-headless-shell` (.ci/run does).");
        }

        var playwright = await Driver.Value;
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                .. netLog is null ? Array.Empty<string>() : [$"--log-net-log={netLog}", "--net-log-capture-mode=Everything"],
            ],
        });
        return new Chromium(browser);
    }

    private static async Task<IPlaywright> StartDriverAsync()
    {
        // Playwright's driver runs from its NuGet package folder: the build copies it into no test output.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH")))
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH", DriverSearchPath);
        }

        var playwright = await Playwright.CreateAsync();
        // At exit: the shared browser first, then the driver it runs under.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (SharedBrowser.IsValueCreated && SharedBrowser.Value.IsCompletedSuccessfully) SharedBrowser.Value.Result.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return playwright;
    }

    /// <summary>Opens a page from disk with the network off.</summary>
    /// <param name="path">The page's file.</param>
    /// <param name="width">The viewport's width.</param>
    /// <param name="height">The viewport's height.</param>
    /// <param name="interceptRequests">Refuse and record every request not for a file; false lets them reach the network.</param>
    public async Task<OpenPage> OpenAsync(string path, int width = 1100, int height = 900, bool interceptRequests = true)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var opened = new OpenPage(context, page);
        if (interceptRequests) await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (opened.NetworkRequests) opened.NetworkRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (opened.ConsoleErrors) opened.ConsoleErrors.Add(message.Text);
        };
        page.PageError += (_, error) => { lock (opened.ConsoleErrors) opened.ConsoleErrors.Add(error); };
        await page.GotoAsync(new Uri(Path.GetFullPath(path)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    /// <summary>Opens a page served on this machine (a local server under test); requests for other hosts are refused and recorded.</summary>
    /// <param name="url">An http://127.0.0.1 address.</param>
    /// <param name="width">The viewport's width.</param>
    /// <param name="height">The viewport's height.</param>
    public async Task<OpenPage> OpenLocalAsync(string url, int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var opened = new OpenPage(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost" || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (opened.NetworkRequests) opened.NetworkRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _browser.CloseAsync();

    /// <summary>A page opened from disk, with what it tried to fetch and what it logged as errors.</summary>
    public sealed class OpenPage(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        /// <summary>The page.</summary>
        public IPage Page { get; } = page;

        /// <summary>Every request for something not on disk (refused).</summary>
        public List<string> NetworkRequests { get; } = [];

        /// <summary>Console errors and uncaught page errors.</summary>
        public List<string> ConsoleErrors { get; } = [];

        /// <inheritdoc/>
        public async ValueTask DisposeAsync() => await context.CloseAsync();
    }
}
