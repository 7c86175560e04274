using System.Runtime.InteropServices;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Kernel.Hosting;
using Clawdemy.Notebooks.Kernel.Protocol;

namespace Clawdemy.Notebooks.Kernel;

/// <summary>
/// A process that is a Jupyter kernel: it reads the connection file, logs to stderr (never stdout), points Console at
/// the running cell, warms the C# kernel's submission path up once its kernel is built (unless told not to), and ends when shut down, sent
/// SIGTERM, or orphaned (its <c>JPY_PARENT_PID</c> gone).
/// </summary>
public static class KernelProcess
{
    /// <summary>How each line of the kernel's own log starts on its stderr, so a reader can tell it from what a cell wrote there.</summary>
    public const string LogPrefix = "[clawdemy kernel]";

    /// <summary>Whether a line read from the kernel's stderr is its own log rather than something a cell wrote.</summary>
    public static bool IsLogLine(string line) => line.StartsWith(LogPrefix, StringComparison.Ordinal);

    /// <summary>Runs the kernel until it is shut down; returns the process exit code (0, or 1 when it could not start).</summary>
    /// <param name="connectionFile">The connection file a front end wrote.</param>
    /// <param name="warmUp">
    /// Whether to run a throwaway cell on a throwaway C# kernel once the kernel is built (after, not beside, the build, so
    /// that kernel_info_reply is not delayed), so that a person's first cell does not wait for the compiler. A client
    /// that sends its first cell at once (<c>clawdemy run</c> and <c>export</c>) gains nothing from it: the two compile
    /// side by side, and the warm-up is about a quarter of such a kernel's CPU.
    /// </param>
    public static async Task<int> RunAsync(string connectionFile, bool warmUp = true)
    {
        var stderr = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });
        void Log(string line) => stderr.WriteLine($"{LogPrefix} {line}");
        try
        {
            var connection = ConnectionInfo.Load(connectionFile);
            // Started by clawdemy run/export: lead a process group of our own, so that ending it ends whatever the cells started.
            var ownGroup = Environment.GetEnvironmentVariable("CLAWDEMY_KERNEL_OWN_GROUP") == "1" && ProcessGroups.LeadOwnGroup();
            NotebookKernel.ReadConsoleFromFrontEnd();
            using var stop = new CancellationTokenSource();
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            ParentWatcher.Watch(stop, Log);
            using var kernel = new CSharpJupyterKernel(connection, Log);
            if (warmUp) _ = Task.Run(kernel.WarmUpWhenReadyAsync);
            await kernel.RunAsync(stop.Token);
            // Orphaned (our parent is gone) in a group of our own: take everything the cells started with us.
            if (ownGroup && ParentWatcher.Orphaned) ProcessGroups.Kill(Environment.ProcessId);
            // A cell's threads may still run (one that ignored an interrupt, one it started): the process ends regardless.
            return kernel.EndedByInterrupt ? 2 : 0;
        }
        catch (KernelStartException e)
        {
            Log($"error: {e.Message}");
            return 1;
        }
    }
}
