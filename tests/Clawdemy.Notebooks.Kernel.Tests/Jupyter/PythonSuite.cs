using System.Diagnostics;
using System.Xml.Linq;
using Clawdemy.Notebooks.Kernel.Specs;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Kernel.Tests.Jupyter;

/// <summary>
/// Runs the Python tests beside this file with Debian's pytest against the real kernel, and lets each of them be an xunit
/// case: a module is collected when tests are discovered, run once (one kernel, as jupyter_kernel_test shares it), and
/// each case then reads its own outcome. A skipped Python test fails its case: nothing is skipped in CI.
/// The kernel is this build's <c>clawdemy</c>, installed as a kernelspec in a temporary prefix on <c>JUPYTER_PATH</c>.
/// </summary>
public static class PythonSuite
{
    /// <summary>Debian's Python, which has jupyter_client, nbclient and jupyter_kernel_test (the first python3 on PATH may not).</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>
    /// How long one module's run may take before it is stopped and its cases fail: 12 minutes, for the classroom's
    /// (a hub, two learners, idle culling's waits), which took 7 minutes on a machine at load average 30 to 100.
    /// </summary>
    public static readonly TimeSpan ModuleTimeout = TimeSpan.FromMinutes(12);

    private static readonly SharedWork<string, IReadOnlyDictionary<string, string?>> Runs = new();
    private static readonly Lazy<string> JupyterHome = new(CreateJupyterHome);

    /// <summary>The test ids of a module, such as "CSharpKernelTests::test_kernel_info"; a collection problem is one case that fails.</summary>
    public static TheoryData<string> Collect(string module)
    {
        var data = new TheoryData<string>();
        var (exit, output) = RunPython(["-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", ModulePath(module)], TimeSpan.FromMinutes(2), Environment());
        var ids = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("::", StringComparison.Ordinal)).Select(Id).ToArray();
        if (exit != 0 || ids.Length == 0)
        {
            data.Add($"collection failed: {output.Split('\n').FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal))?.Trim() ?? $"exit {exit}"}");
            return data;
        }

        foreach (var id in ids) data.Add(id);
        return data;
    }

    /// <summary>Asserts that the case <paramref name="id"/> of <paramref name="module"/> passed (running the module once, on first use).</summary>
    public static async Task AssertPassedAsync(string module, string id)
    {
        Assert.False(id.StartsWith("collection failed", StringComparison.Ordinal), id);
        var outcomes = await Runs.Get(module, m => Task.Run(() => RunModule(m)));
        Assert.True(outcomes.TryGetValue(id, out var failure), $"{module}: no result for {id} (the run ended early?)\n{(outcomes.TryGetValue("", out var log) ? log : "")}");
        Assert.True(failure is null, $"{module}::{id}\n{failure}");
    }

    /// <summary>Environment for Python: the temporary Jupyter folders, the kernel's name and the repository.</summary>
    public static Dictionary<string, string> Environment()
    {
        var home = JupyterHome.Value;
        return new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = Path.Combine(home, "share", "jupyter"),
            ["JUPYTER_DATA_DIR"] = Path.Combine(home, "data"),
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(home, "runtime"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(home, "config"),
            ["JUPYTER_PLATFORM_DIRS"] = "1",
            ["CLAWDEMY_KERNEL_NAME"] = KernelSpec.DefaultName,
            ["CLAWDEMY_REPO"] = RepoPaths.Root,
            ["PYTHONDONTWRITEBYTECODE"] = "1",
        };
    }

    private static string ModulePath(string module) => RepoPaths.TestFolder("Clawdemy.Notebooks.Kernel.Tests", "Jupyter", module);

    private static string Id(string nodeId)
    {
        var parts = nodeId.Split("::");
        return parts.Length >= 3 ? $"{parts[^2]}::{parts[^1]}" : parts[^1];
    }

    private static IReadOnlyDictionary<string, string?> RunModule(string module)
    {
        var report = Path.Combine(RepoPaths.TempFolder(), "junit.xml");
        var (exit, output) = RunPython(["-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "junit_family=xunit1", $"--junitxml={report}", ModulePath(module)], ModuleTimeout, Environment());
        var outcomes = new Dictionary<string, string?> { [""] = $"pytest exited {exit}:\n{output}" };
        if (!File.Exists(report)) return outcomes;
        foreach (var testcase in XDocument.Load(report).Descendants("testcase"))
        {
            var className = ((string?)testcase.Attribute("classname") ?? "").Split('.').Last();
            var name = (string?)testcase.Attribute("name") ?? "";
            var id = className.StartsWith("test_", StringComparison.Ordinal) ? name : $"{className}::{name}";
            var problem = testcase.Elements().FirstOrDefault(e => e.Name.LocalName is "failure" or "error" or "skipped");
            outcomes[id] = problem is null ? null : $"{problem.Name.LocalName}: {(string?)problem.Attribute("message")}\n{problem.Value}";
        }

        return outcomes;
    }

    private static (int Exit, string Output) RunPython(IReadOnlyList<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"Error: {Python} cannot be started ({e.Message}); .ci/run installs Debian's python3 and the Jupyter packages");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (-1, $"Error: timed out after {timeout.TotalMinutes} min\n{stdout.Result}\n{stderr.Result}");
            }

            return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
        }
    }

    private static string CreateJupyterHome()
    {
        var home = RepoPaths.TempFolder();
        var kernels = Path.Combine(home, "share", "jupyter", "kernels");
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "clawdemy.exe" : "clawdemy");
        IReadOnlyList<string> command = File.Exists(apphost) ? [apphost] : [Programs.Dotnet, Path.Combine(AppContext.BaseDirectory, "clawdemy.dll")];
        KernelSpec.Install(kernels, KernelSpec.DefaultName, KernelSpec.DefaultDisplayName, command);
        return home;
    }
}
