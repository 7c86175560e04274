using System.CommandLine;
using System.Runtime.InteropServices;
using Clawdemy.Notebooks.Cli.Commands;
using Clawdemy.Notebooks.Platform.Processes;

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

        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        // Only the commands that stop cleanly on cancellation take the signals; the others (the kernel has its own
        // handling, check and cache write nothing half-way) keep the default: the process ends at once.
        if (!StoppableCommands.Contains(parse.CommandResult.Command.Name)) return await parse.InvokeAsync(configuration);

        // Not disposed: a handler already running when the command returns may still cancel it.
        var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, ExitCodes.Interrupted, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, ExitCodes.Terminated, stop));
        return await parse.InvokeAsync(configuration, stop.Token);
    }

    /// <summary>The commands that Ctrl+C and SIGTERM cancel, ending their kernels and helpers and writing nothing more.</summary>
    private static readonly HashSet<string> StoppableCommands = ["run", "export", "bench"];

    /// <summary>
    /// How long a failure that a stop signal explains (a helper ended by the terminal's Ctrl+C) waits for the command's
    /// own handler, which runs on a thread of its own and may come a moment after.
    /// </summary>
    private static readonly TimeSpan SignalLag = TimeSpan.FromSeconds(1);

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

    /// <summary>
    /// Whether <paramref name="e"/> is a stop: the command's own signal handler has run, or a helper was ended by a stop
    /// signal (<see cref="StopSignals"/>), whose handler is then waited for a moment.
    /// </summary>
    private static bool StoppedBySignal(OperationCanceledException e)
    {
        if (stoppedWith != 0) return true;
        if (e is not HelperStoppedException) return false;
        SpinWait.SpinUntil(() => Volatile.Read(ref stoppedWith) != 0, SignalLag);
        return true;
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
        catch (OperationCanceledException e) when (StoppedBySignal(e))
        {
            // Stopped by a signal: the kernels are ended and their files removed; what was written before stays.
            var by = stoppedWith switch
            {
                ExitCodes.Interrupted => "Ctrl+C",
                ExitCodes.Terminated => "SIGTERM",
                _ => e.Message, // a signal sent to a helper alone
            };
            reporter.Fail($"stopped by {by}: what had not finished was not written");
            return stoppedWith != 0 ? stoppedWith : ExitCodes.Terminated;
        }
    }
}
