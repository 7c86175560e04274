using System.CommandLine;
using Clawdemy.Notebooks.Cli.Commands;

namespace Clawdemy.Notebooks.Cli;

/// <summary>The <c>clawdemy</c> command line.</summary>
internal static class Cli
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var reporter = new ConsoleReporter(output, error);
        var root = new RootCommand("clawdemy: run, check and export Clawdemy's Polyglot C# notebooks headless");
        root.Subcommands.Add(RunCommand.Create(reporter));
        root.Subcommands.Add(CheckCommand.Create(reporter));
        root.Subcommands.Add(ExportCommand.Create(reporter));
        root.Subcommands.Add(KernelCommand.Create(reporter));
        root.Subcommands.Add(CacheCommand.Create(reporter));
        root.Subcommands.Add(BenchCommand.Create(reporter));
        return root;
    }

    /// <summary>Parses and runs a command line; a bad option or value is one line on stderr and exit code 1, before anything runs.</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Create(output, error).Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?"))
        {
            var unknown = parse.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-'));
            error.WriteLine($"error: {(unknown is null ? parse.Errors[0].Message : $"unknown option {unknown} (see --help)")}");
            return ExitCodes.BadInput;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Runs a command's work; bad input becomes one line on stderr and exit code 1, never a stack trace.</summary>
    public static async Task<int> Guard(ConsoleReporter reporter, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (UsageException e)
        {
            reporter.Fail($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            reporter.Fail($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            reporter.Fail($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
