using System.Diagnostics;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// Ends the kernel when the process that started it is gone, as ipykernel's ParentPollerUnix does, checked every half
/// second: the pid in <c>JPY_PARENT_PID</c> has exited, or this process was handed to another parent (its own parent
/// died; a kernel started detached, whose parent is init from the start, is not watched that way).
/// </summary>
internal static class ParentWatcher
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether the parent was found gone.</summary>
    public static bool Orphaned { get; private set; }

    /// <summary>Cancels <paramref name="kernel"/> once the parent named by <c>JPY_PARENT_PID</c> has exited; does nothing without one.</summary>
    public static void Watch(CancellationTokenSource kernel, Action<string> log)
    {
        var named = int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) && pid > 1 ? pid : 0;
        var parent = ParentOfThisProcess();
        if (named == 0 && parent <= 1) return;
        var thread = new Thread(() =>
        {
            while (!kernel.IsCancellationRequested)
            {
                var gone = named != 0 && !IsAlive(named) ? named : parent > 1 && ParentOfThisProcess() != parent ? parent : 0;
                if (gone != 0)
                {
                    log($"the parent process {gone} is gone; the kernel exits");
                    Orphaned = true;
                    kernel.Cancel();
                    return;
                }

                Thread.Sleep(Interval);
            }
        })
        { IsBackground = true, Name = "parent watcher" };
        thread.Start();
    }

    /// <summary>This process's parent (Linux: /proc/self/stat); 0 where it cannot be read.</summary>
    private static int ParentOfThisProcess()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
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
