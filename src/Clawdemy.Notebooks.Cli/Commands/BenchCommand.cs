using System.CommandLine;
using System.Globalization;
using Clawdemy.Notebooks.Cli.Benchmarks;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary><c>clawdemy bench</c>: measures the engine and prints a Markdown table for docs/benchmarks.md.</summary>
internal static class BenchCommand
{
    public static Command Create(ConsoleReporter reporter)
    {
        var iterations = new Option<int>("--iterations") { Description = "Repetitions of each measurement (the median is kept)", DefaultValueFactory = _ => 30 };
        iterations.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 3) r.AddError("--iterations must be at least 3");
        });
        var command = new Command("bench", "Measure the engine: a warm cell against bare Roslyn scripting, the cold first cell, a 15-cell notebook") { iterations };
        command.SetAction(async (parse, token) => await Cli.Guard(reporter, async () =>
        {
            var results = await EngineBench.RunAsync(parse.GetValue(iterations), reporter.Line, token);
            reporter.Line("");
            reporter.Line("| measurement | median (ms) | note |");
            reporter.Line("|---|---:|---|");
            foreach (var r in results)
            {
                reporter.Line($"| {r.Name} | {r.Milliseconds.ToString("0.0", CultureInfo.InvariantCulture)} | {r.Note} |");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
