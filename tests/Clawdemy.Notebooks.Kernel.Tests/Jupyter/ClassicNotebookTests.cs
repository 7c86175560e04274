using System.Diagnostics;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Clawdemy.Notebooks.Kernel.Tests.Jupyter;

/// <summary>
/// A learner in a real notebook UI: Debian's classic Notebook on 127.0.0.1 with a token and the kernelspec in a
/// temporary prefix, driven by Playwright and Chromium. The notebook is a copy, so the course is never saved over.
/// </summary>
public sealed class ClassicNotebookTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_learner_runs_all_sees_the_charts_offline_edits_a_weight_and_gets_completions_in_classic_notebook()
    {
        var root = RepoPaths.TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        File.Copy(RepoPaths.Combine("notebooks", "04_one_neuron.ipynb"), Path.Combine(root, "notebooks", "04_one_neuron.ipynb"));
        Directory.CreateSymbolicLink(Path.Combine(root, "artifacts"), RepoPaths.Combine("artifacts"));
        var port = FreePort();
        var token = Guid.NewGuid().ToString("N");
        using var server = StartServer(root, port, token);
        try
        {
            await WaitForServerAsync(port, token, server);
            await using var chromium = await Chromium.StartAsync();
            await using var opened = await chromium.OpenLocalAsync($"http://127.0.0.1:{port}/notebooks/notebooks/04_one_neuron.ipynb?token={token}");
            var page = opened.Page;
            var wait = new PageWaitForFunctionOptions { Timeout = (float)Wait.TotalMilliseconds, PollingInterval = 200 };
            await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()", null, wait);

            // Run All, as the learner would from the Cell menu.
            await page.ClickAsync("#celllink");
            await page.ClickAsync("#run_all_cells");
            await page.WaitForFunctionAsync(
                "() => Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').every(c => typeof c.input_prompt_number === 'number')", null, wait);
            var traceCell = page.Locator(".cell").Nth(6);
            Assert.Contains("0.19", await traceCell.Locator(".output_area").AllInnerTextsAsync() is var texts ? string.Join("\n", texts) : "");
            Assert.Empty(await page.Locator(".output_error").AllAsync());

            // The waterfall (a Plotly.NET chart) and the playground's chart draw with the plotly.js the kernel's first chart
            // brought: no CDN, no require.js, no request leaves the page.
            await page.WaitForFunctionAsync("() => document.querySelectorAll('.output_area .clawdemy-figure .main-svg').length >= 2 && document.querySelector('[data-neuron-playground] .clawdemy-figure .main-svg')", null, wait);
            Assert.Empty(opened.NetworkRequests);

            // A learner's restyled lesson chart and a chart of their own, from scratch with Plotly.NET.CSharp, draw too.
            await page.EvaluateAsync(
                "() => { for (const code of ['Plots.BiasSlider().WithTitle(\"mine\")', 'Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, Name: \"my points\")']) {"
                + " const cell = Jupyter.notebook.insert_cell_at_bottom('code'); cell.set_text(code); cell.execute(); } }");
            await page.WaitForFunctionAsync(
                "() => Jupyter.notebook.get_cells().slice(-2).every(c => c.output_area.element[0].querySelector('.clawdemy-figure .main-svg'))", null, wait);
            Assert.Contains("mine", await page.EvaluateAsync<string>("() => Jupyter.notebook.get_cells().slice(-2)[0].output_area.element[0].querySelector('.gtitle').textContent"));
            Assert.Empty(opened.NetworkRequests);

            // The neuron playground is an HTML output with its own script: in a Jupyter front end it runs and shows the lesson's activation.
            var activation = page.Locator("[data-neuron-playground] output[name='a']");
            await activation.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
            Assert.Equal("0.5474", (await activation.InnerTextAsync()).Trim());
            await page.Locator("[data-neuron-playground] select[name='activation']").SelectOptionAsync(new SelectOptionValue { Value = "ReLU" });
            await page.WaitForFunctionAsync("() => document.querySelector(\"[data-neuron-playground] output[name='a']\").textContent.trim() === '0.19'", null, wait);

            // Change a weight in the neuron's cell, run it and the trace after it: the new weighted sum shows.
            var neuronCell = page.Locator(".cell").Nth(4);
            await neuronCell.Locator(".CodeMirror").ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync("var neuron = new Neuron(weights: new[] { 0.3, 0.2, 0.5 }, bias: 0.1, activation: Activations.Sigmoid);\nneuron");
            await page.Keyboard.PressAsync("Control+Enter");
            await page.EvaluateAsync("() => Jupyter.notebook.execute_cells([6])");
            await page.WaitForFunctionAsync("() => Jupyter.notebook.get_cell(6).output_area.element.text().includes('0.51')", null, wait);

            // Type in a new cell and ask for completions with Tab.
            await page.EvaluateAsync("() => { const cell = Jupyter.notebook.insert_cell_at_bottom('code'); Jupyter.notebook.select(Jupyter.notebook.ncells() - 1); cell.focus_editor(); }");
            await page.Keyboard.TypeAsync("Activations.Si");
            await page.Keyboard.PressAsync("Tab");
            await page.WaitForFunctionAsync(
                "() => { const options = [...document.querySelectorAll('#complete select option')].map(o => o.textContent);"
                + " return options.includes('Sigmoid') || Jupyter.notebook.get_cell(Jupyter.notebook.ncells() - 1).get_text().includes('Activations.Sigmoid'); }", null, wait);

            Directory.CreateDirectory(RepoPaths.Combine("artifacts", "test-artifacts"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = RepoPaths.Combine("artifacts", "test-artifacts", "classic-notebook-04_one_neuron.png"), FullPage = false });

            // The learner stops the server (SIGTERM, as a closed terminal or a service manager sends): it shuts its
            // kernel down with a request, and the kernel ends by itself, leaving no process and no file of its runtime.
            var kernels = ProcessTable.LivingDescendants(server.Id);
            Assert.NotEmpty(kernels);
            await Signals.SendAsync(server.Id, "TERM");
            Assert.True(server.WaitForExit(30_000), "jupyter notebook did not stop within 30 s of SIGTERM");
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (kernels.Any(ProcessTable.IsAlive) && DateTime.UtcNow < deadline) await Task.Delay(100);
            Assert.DoesNotContain(kernels, ProcessTable.IsAlive);
            Assert.Empty(kernels.SelectMany(ProcessTable.RuntimeFiles));
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            server.WaitForExit(10_000);
        }
    }

    private static Process StartServer(string root, int port, string token)
    {
        var start = new ProcessStartInfo("jupyter") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var argument in new[]
                 {
                     "notebook", "--no-browser", "--allow-root", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0",
                     $"--NotebookApp.token={token}", $"--NotebookApp.notebook_dir={root}", "--NotebookApp.open_browser=False",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in PythonSuite.Environment()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForServerAsync(int port, string token, Process server)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.HasExited, "jupyter notebook exited at start (is Debian's jupyter-notebook installed? .ci/run installs it)");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/api/status?token={token}")).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        Assert.Fail("jupyter notebook did not start listening in time");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
