using System.Diagnostics;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// Ends the kernel when the process that started it is gone: the pid in <c>JPY_PARENT_PID</c>, as ipykernel's
/// ParentPollerUnix watches it, checked every half second.
/// </summary>
internal static class ParentWatcher
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether the parent was found gone.</summary>
    public static bool Orphaned { get; private set; }

    /// <summary>Cancels <paramref name="kernel"/> once the parent named by <c>JPY_PARENT_PID</c> has exited; does nothing without one.</summary>
    public static void Watch(CancellationTokenSource kernel, Action<string> log)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) || pid <= 1) return;
        var thread = new Thread(() =>
        {
            while (!kernel.IsCancellationRequested)
            {
                if (!IsAlive(pid))
                {
                    log($"the parent process {pid} is gone; the kernel exits");
                    Orphaned = true;
                    kernel.Cancel();
                    return;
                }

                Thread.Sleep(Interval);
            }
        }) { IsBackground = true, Name = "parent watcher" };
        thread.Start();
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited) return false;
            // A parent that died but was not yet reaped is a zombie: as good as gone.
            var stat = $"/proc/{pid}/stat";
            return !OperatingSystem.IsLinux() || !File.Exists(stat) || !File.ReadAllText(stat).Split(')').Last().TrimStart().StartsWith('Z');
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            return false;
        }
    }
}
