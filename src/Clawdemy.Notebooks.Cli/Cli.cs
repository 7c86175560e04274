using System.CommandLine;
using System.Runtime.InteropServices;
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

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, ExitCodes.Interrupted, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, ExitCodes.Terminated, stop));
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, stop.Token);
    }

    /// <summary>The exit code of the signal that stopped the running command (<see cref="ExitCodes.Interrupted"/> or <see cref="ExitCodes.Terminated"/>), 0 while none has.</summary>
    private static int stoppedWith;

    /// <summary>How long a command has, once stopped by a signal, to end by itself before the process exits regardless.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Ctrl+C or SIGTERM: the first one cancels the command, which ends its kernels and returns (a command that does not
    /// end within <see cref="StopGrace"/> is ended with the process); a second one ends the process at once, as the
    /// signal's default does.
    /// </summary>
    private static void Stop(PosixSignalContext context, int exitCode, CancellationTokenSource stop)
    {
        if (Interlocked.CompareExchange(ref stoppedWith, exitCode, 0) != 0) return;
        context.Cancel = true;
        stop.Cancel();
        _ = Task.Delay(StopGrace).ContinueWith(_ => Environment.Exit(exitCode), TaskScheduler.Default);
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
        catch (OperationCanceledException) when (stoppedWith != 0)
        {
            // Stopped by a signal: the kernels are ended and their files removed; what was written before stays.
            reporter.Fail($"stopped by {(stoppedWith == ExitCodes.Terminated ? "SIGTERM" : "Ctrl+C")}: what had not finished was not written");
            return stoppedWith;
        }
    }
}
