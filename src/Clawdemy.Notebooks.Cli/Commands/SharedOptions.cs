using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Clawdemy.Notebooks.Handouts.Export;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary>The options that several commands share, declared once, validated at parse time.</summary>
internal static class SharedOptions
{
    /// <summary>The longest --timeout: a day; far beyond any lesson's cell, and far inside what a timer can wait.</summary>
    public const int MaxTimeoutSeconds = 24 * 60 * 60;

    /// <summary>The largest --max-output: 64 MB of output for one cell.</summary>
    public const int MaxOutputKilobytes = 64 * 1024;

    /// <summary>The smallest --max-memory: a kernel needs about 150 MB before its first cell.</summary>
    public const int MinMemoryMegabytes = 256;

    /// <summary>The largest --max-memory: 64 GB.</summary>
    public const int MaxMemoryMegabytes = 64 * 1024;

    /// <summary>The most notebooks run at once.</summary>
    public const int MaxParallel = 64;

    /// <summary>The run's own defaults, the one home of --timeout's, --max-output's and --max-memory's.</summary>
    private static readonly Kernel.Client.RunOptions Defaults = new();

    public static Argument<string[]> Paths(string defaultPath)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Notebooks or folders of notebooks (default: {defaultPath})",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => [defaultPath],
        };
        paths.Validators.Add(result =>
        {
            // An option the command does not know would otherwise be taken for a path.
            var unknown = result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-') && t.Value.Length > 1);
            if (unknown is not null) result.AddError($"unknown option {unknown.Value} (see --help)");
        });
        return paths;
    }

    public static Option<int> Timeout() => WholeNumber("--timeout", "Seconds one cell may run before it is stopped", (int)Defaults.CellTimeout.TotalSeconds, 1, MaxTimeoutSeconds, "seconds");

    public static Option<int> MaxOutput() =>
        WholeNumber("--max-output", "Kilobytes of output one cell may keep, counted in UTF-8 bytes (1 KB = 1024 bytes); the rest is cut with a marker", Defaults.MaxOutputBytes / 1024, 1, MaxOutputKilobytes, "kilobytes");

    public static Option<int> MaxMemory() => WholeNumber("--max-memory",
        "Megabytes of memory, managed and native, one notebook's kernel may use before it is stopped (1 MB = 1024 KB); managed allocations fail first, at three quarters of it",
        (int)(Defaults.MemoryLimitBytes / (1024 * 1024)), MinMemoryMegabytes, MaxMemoryMegabytes, "megabytes");

    public static Option<bool> StopOnError() => new("--stop-on-error") { Description = "Stop a notebook at its first failing cell" };

    public static Option<int> Parallel() => WholeNumber("--parallel", "How many notebooks run at once, each in its own kernel process",
        Math.Clamp(Environment.ProcessorCount, 1, MaxParallel), 1, MaxParallel, "notebooks");

    /// <summary>Where export keeps executed notebooks between runs.</summary>
    public static Option<DirectoryInfo> ExportCache() => new("--cache")
    {
        Description = "Where executed notebooks are kept between exports",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(".clawdemy", "cache")),
    };

    /// <summary>The paper PDFs are printed on: a4 (the default) or letter.</summary>
    public static Option<PaperSize> Paper() => new("--paper")
    {
        Description = "The paper of the PDFs: a4 or letter (default a4)",
        DefaultValueFactory = _ => PaperSize.A4,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Enum.TryParse<PaperSize>(text, ignoreCase: true, out var paper) && Enum.IsDefined(paper) && !char.IsDigit(text[0])) return paper;
            result.AddError($"--paper must be a4 or letter, not '{text}'");
            return PaperSize.A4;
        },
    };

    /// <summary>A whole-number option checked at parse time: one line naming the option, its range and the bad value.</summary>
    private static Option<int> WholeNumber(string name, string description, int defaultValue, int min, int max, string unit) => new(name)
    {
        Description = $"{description} ({min} to {max.ToString("N0", CultureInfo.InvariantCulture)}, default {defaultValue})",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
            result.AddError($"{name} must be a whole number of {unit} from {min} to {max}, not '{text}'");
            return defaultValue;
        },
    };
}
