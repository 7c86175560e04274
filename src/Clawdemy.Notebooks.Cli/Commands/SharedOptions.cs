using System.CommandLine;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary>The options that several commands share, declared once, validated at parse time.</summary>
internal static class SharedOptions
{
    public static Argument<string[]> Paths(string defaultPath) => new("PATH")
    {
        Description = $"Notebooks or folders of notebooks (default: {defaultPath})",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [defaultPath],
    };

    public static Option<int> Timeout() => Positive(new Option<int>("--timeout")
    {
        Description = "Seconds one cell may run before it is stopped",
        DefaultValueFactory = _ => 60,
    });

    public static Option<int> MaxOutput() => Positive(new Option<int>("--max-output")
    {
        Description = "Kilobytes of output one cell may keep; the rest is cut with a marker",
        DefaultValueFactory = _ => 1024,
    });

    public static Option<bool> StopOnError() => new("--stop-on-error") { Description = "Stop a notebook at its first failing cell" };

    public static Option<int> Parallel() => Positive(new Option<int>("--parallel")
    {
        Description = "How many notebooks run at once, each in its own worker process",
        DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount),
    });

    private static Option<int> Positive(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError($"{option.Name} must be a whole number of at least 1");
        });
        return option;
    }
}
