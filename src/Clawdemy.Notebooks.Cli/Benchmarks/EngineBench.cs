using System.Diagnostics;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Kernel.Client;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Clawdemy.Notebooks.Cli.Benchmarks;

/// <summary>
/// Measures the engine against the bare .NET Interactive CSharpKernel and bare Roslyn scripting on the same code: the first (cold) cell, a warm cell, and a
/// 15-cell notebook run by `run`'s runner, each in its own kernel process. Medians over repeated runs.
/// </summary>
internal static class EngineBench
{
    /// <summary>A typical lesson cell: a little arithmetic over a collection, ending in a value.</summary>
    public const string Cell = "var xs = Enumerable.Range(0, 100).Select(i => i / 10.0).ToArray();\nxs.Select(x => 1 / (1 + Math.Exp(-x))).Sum()";

    /// <summary>The one-line cell that kernel_bench.py sends for its round trips.</summary>
    public const string OneLine = "1 + 1";

    /// <summary>The cells kernel_bench.py runs before it times round trips, and the round trips it times: the one-line cell is
    /// also measured in process at those positions, since Roslyn's compile of a submission grows with the submissions before it.</summary>
    private const int KernelBenchWarmUps = 20, KernelBenchTrips = 200;

    /// <summary>The output cap of the engine's cells here: 1 MiB, as run's default.</summary>
    private const int OutputCap = 1024 * 1024;

    public sealed record Result(string Name, double Milliseconds, string Note);

    public static async Task<IReadOnlyList<Result>> RunAsync(int iterations, Action<string> log, CancellationToken cancellationToken = default)
    {
        var results = new List<Result>();
        var folder = Path.Combine(Path.GetTempPath(), "clawdemy-bench");
        Directory.CreateDirectory(folder);

        // Warm cells, in this process: the engine (the real C# kernel in its host) against the bare CSharpKernel's own
        // SendAsync and bare Roslyn scripting with the same imports. They take turns, one cell each, so that all run on
        // Roslyn at the same stage of its JIT tiering: run one after the other, the later would find the compiler's hot
        // paths already optimised by the earlier.
        using var kernel = new NotebookKernel();
        await kernel.RunAsync(Cell, OutputCap);
        using var bareKernel = new Microsoft.DotNet.Interactive.CSharp.CSharpKernel();
        await bareKernel.SendAsync(new Microsoft.DotNet.Interactive.Commands.SubmitCode(Cell));
        // The CSharpKernel's own references and imports (its constructor's), so the baseline compiles what its cells compile.
        var options = ScriptOptions.Default.AddReferences(typeof(Enumerable).Assembly, typeof(IEnumerable<>).Assembly, typeof(Task<>).Assembly).AddImports("System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq");
        var state = await CSharpScript.RunAsync(Cell, options);
        foreach (var (name, code) in new[] { ("warm cell", Cell), ("one-line cell", OneLine) })
        {
            var (engine, sendAsync, bare) = await Alternating(
                iterations,
                () => kernel.RunAsync(code, OutputCap),
                () => bareKernel.SendAsync(new Microsoft.DotNet.Interactive.Commands.SubmitCode(code)),
                async () => state = await state.ContinueWithAsync(code, options),
                cancellationToken);
            results.Add(new Result($"{name}, bare Roslyn scripting", bare, "ContinueWithAsync on the same code"));
            results.Add(new Result($"{name}, bare CSharpKernel.SendAsync", sendAsync, $"{sendAsync / bare:0.00}x bare Roslyn"));
            results.Add(new Result($"{name}, clawdemy engine", engine, $"{engine - sendAsync:+0.0;-0.0} ms over SendAsync"));
            log($"{name}: engine {engine:0.0} ms, SendAsync {sendAsync:0.0} ms, bare Roslyn {bare:0.0} ms");
        }

        // The one-line cell at the positions kernel_bench.py times it over the Jupyter protocol (after 20 cells, 200 times), in
        // fresh kernels taking turns: the kernel process's own NotebookKernel set-up against the bare CSharpKernel.
        using var sessionKernel = new NotebookKernel(plainTextAlternative: true, offlineCharts: true);
        using var bareSession = new Microsoft.DotNet.Interactive.CSharp.CSharpKernel();
        for (var i = 0; i < KernelBenchWarmUps; i++)
        {
            await sessionKernel.RunAsync(OneLine, OutputCap);
            await bareSession.SendAsync(new Microsoft.DotNet.Interactive.Commands.SubmitCode(OneLine));
        }

        var (sessionEngine, sessionSend, _) = await Alternating(
            KernelBenchTrips,
            () => sessionKernel.RunAsync(OneLine, OutputCap),
            () => bareSession.SendAsync(new Microsoft.DotNet.Interactive.Commands.SubmitCode(OneLine)),
            () => Task.CompletedTask,
            cancellationToken);
        results.Add(new Result($"one-line cell, cells {KernelBenchWarmUps + 1} to {KernelBenchWarmUps + KernelBenchTrips}, bare CSharpKernel.SendAsync", sessionSend, "kernel_bench.py's round trips are these cells"));
        results.Add(new Result($"one-line cell, cells {KernelBenchWarmUps + 1} to {KernelBenchWarmUps + KernelBenchTrips}, clawdemy engine", sessionEngine, $"{sessionEngine - sessionSend:+0.0;-0.0} ms over SendAsync"));
        log($"one-line cell as kernel_bench.py times it: engine {sessionEngine:0.0} ms, SendAsync {sessionSend:0.0} ms");

        // Whole notebooks through run's runner, each in a fresh kernel process: the cold first cell and a 15-cell notebook.
        var notebook = Path.Combine(folder, "fifteen.ipynb");
        File.WriteAllText(notebook, FifteenCells());
        var runner = new NotebookRunner(new RunOptions());
        var document = NotebookDocument.Load(notebook);
        var firstCell = document.WithCells(document.Cells.Take(1));
        var cold = await Median(Math.Max(3, iterations / 5), () => runner.RunAsync(firstCell, cancellationToken: cancellationToken), cancellationToken);
        results.Add(new Result("one-cell notebook (kernel start + cold first cell)", cold, "a fresh kernel process each time"));
        log($"cold first cell: {cold:0} ms");
        var fifteen = await Median(Math.Max(3, iterations / 5), () => runner.RunAsync(document, cancellationToken: cancellationToken), cancellationToken);
        results.Add(new Result("15-cell notebook (kernel start included)", fifteen, "goal: under 2,000 ms"));
        log($"15 cells: {fifteen:0} ms");
        return results;
    }

    private static string FifteenCells()
    {
        var cells = Enumerable.Range(1, 15).Select(i => i == 1 ? Cell : $"var v{i} = xs.Length * {i};\nv{i} + Math.Sqrt({i})");
        var json = string.Join(",", cells.Select((source, i) =>
            $$"""{"cell_type":"code","execution_count":null,"id":"{{i:x8}}","metadata":{},"outputs":[],"source":{{System.Text.Json.JsonSerializer.Serialize(source)}}}"""));
        return $$$"""{"cells":[{{{json}}}],"metadata":{"kernelspec":{"name":".net-csharp"}},"nbformat":4,"nbformat_minor":5}""";
    }

    /// <summary>The medians of three actions run in turn, <paramref name="iterations"/> times each.</summary>
    private static async Task<(double First, double Second, double Third)> Alternating(
        int iterations, Func<Task> first, Func<Task> second, Func<Task> third, CancellationToken cancellationToken)
    {
        var (a, b, c) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            a.Add(await Time(first));
            b.Add(await Time(second));
            c.Add(await Time(third));
        }

        return (MedianOf(a), MedianOf(b), MedianOf(c));
    }

    private static async Task<double> Time(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double MedianOf(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task<double> Median(int iterations, Func<Task> action, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            times.Add(await Time(action));
        }

        return MedianOf(times);
    }
}
