using System.Diagnostics;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Kernel.Client;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Clawdemy.Notebooks.Cli.Benchmarks;

/// <summary>
/// Measures the engine against bare Roslyn scripting on the same code: the first (cold) cell, a warm cell, and a
/// 15-cell notebook run by `run`'s runner, each in its own kernel process. Medians over repeated runs.
/// </summary>
internal static class EngineBench
{
    /// <summary>A typical lesson cell: a little arithmetic over a collection, ending in a value.</summary>
    public const string Cell = "var xs = Enumerable.Range(0, 100).Select(i => i / 10.0).ToArray();\nxs.Select(x => 1 / (1 + Math.Exp(-x))).Sum()";

    /// <summary>The one-line cell that kernel_bench.py sends for its round trips.</summary>
    public const string OneLine = "1 + 1";

    public sealed record Result(string Name, double Milliseconds, string Note);

    public static async Task<IReadOnlyList<Result>> RunAsync(int iterations, Action<string> log, CancellationToken cancellationToken = default)
    {
        var results = new List<Result>();
        var folder = Path.Combine(Path.GetTempPath(), "clawdemy-bench");
        Directory.CreateDirectory(folder);

        // Warm cells, in this process: the engine's kernel against bare Roslyn scripting with the same imports.
        // The two alternate, one cell each in turn, so that both run on Roslyn at the same stage of its JIT tiering: run one
        // after the other, the second would find the compiler's hot paths already optimised by the first.
        var kernel = new CSharpKernel(folder, 1024 * 1024);
        await kernel.RunAsync(Cell);
        // Bare Roslyn on equal terms: the same references, imports and language version as the engine's cells, so the ratio is what the engine adds.
        var options = kernel.Options;
        var state = await CSharpScript.RunAsync(Cell, options);
        var (engine, bare) = await Alternating(iterations, () => kernel.RunAsync(Cell), async () => state = await state.ContinueWithAsync(Cell, options), cancellationToken);
        results.Add(new Result("warm cell, bare Roslyn scripting", bare, "ContinueWithAsync on the same code"));
        results.Add(new Result("warm cell, clawdemy engine", engine, $"{engine / bare:0.00}x bare Roslyn"));
        log($"warm cell: engine {engine:0.0} ms, bare {bare:0.0} ms");

        // A one-line cell, the kernel round-trip benchmark's cell (kernel_bench.py), through bare Roslyn: the floor a kernel adds to.
        var (engineLine, line) = await Alternating(iterations, () => kernel.RunAsync(OneLine), async () => state = await state.ContinueWithAsync(OneLine, options), cancellationToken);
        results.Add(new Result("one-line cell, bare Roslyn scripting", line, $"ContinueWithAsync on \"{OneLine}\""));
        results.Add(new Result("one-line cell, clawdemy engine", engineLine, $"{engineLine / line:0.00}x bare Roslyn"));
        log($"one-line cell: engine {engineLine:0.0} ms, bare {line:0.0} ms");

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

    /// <summary>The medians of two actions run in turn, <paramref name="first"/> then <paramref name="second"/>, <paramref name="iterations"/> times each.</summary>
    private static async Task<(double First, double Second)> Alternating(int iterations, Func<Task> first, Func<Task> second, CancellationToken cancellationToken)
    {
        var (a, b) = (new List<double>(), new List<double>());
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            a.Add(await Time(first));
            b.Add(await Time(second));
        }

        return (MedianOf(a), MedianOf(b));
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
