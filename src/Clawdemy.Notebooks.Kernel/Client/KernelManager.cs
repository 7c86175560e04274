using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Kernel.Protocol;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>
/// Owns one kernel process, as jupyter_client's KernelManager does: writes its connection file (loopback ports, a fresh
/// key), starts it in its own process group with <c>JPY_PARENT_PID</c> set (so it dies with us, even on kill -9),
/// reads its stdout and stderr without bound on memory, watches its resident memory (managed and native alike), and
/// ends the whole group when asked or when disposed.
/// </summary>
public sealed class KernelManager : IAsyncDisposable
{
    /// <summary>How long a kernel has to shut down when asked before its group is killed.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(2);

    /// <summary>How often the kernel's memory is looked at.</summary>
    public static readonly TimeSpan MemoryPollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly string _connectionFile;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _readers;
    private readonly Task _memoryWatch;

    private KernelManager(Process process, string connectionFile, ConnectionInfo connection, int maxOutputBytes, long memoryLimitBytes)
    {
        _process = process;
        _connectionFile = connectionFile;
        Connection = connection;
        Stdout = new BoundedText(maxOutputBytes);
        Stderr = new BoundedText(maxOutputBytes);
        _readers = Task.WhenAll(
            Task.Run(() => Stdout.ReadAllAsync(process.StandardOutput, _stop.Token)),
            Task.Run(() => Stderr.ReadAllAsync(process.StandardError, _stop.Token)));
        _memoryWatch = Task.Run(() => WatchMemoryAsync(memoryLimitBytes));
    }

    /// <summary>The ports and key the kernel was given.</summary>
    public ConnectionInfo Connection { get; }

    /// <summary>The kernel's process id, which is also its process group's id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>What the kernel process (or anything it started) wrote to the real stdout file descriptor.</summary>
    internal BoundedText Stdout { get; }

    /// <summary>
    /// The kernel's log and whatever else reached its stderr (a cell's native code, a child process), kept up to the same
    /// cap per take as stdout; its tail, kept whatever was cut, names the reason when the kernel dies.
    /// </summary>
    internal BoundedText Stderr { get; }

    /// <summary>
    /// How much of the end of the kernel's stderr is searched for the reason it died: 256 Ki characters, since the
    /// runtime's stack dump after "Stack overflow." or FailFast's message runs through .NET Interactive's and Roslyn's
    /// frames to more than 16 Ki (measured with tests' crash.ipynb).
    /// </summary>
    public const int LastWordsChars = 256 * 1024;

    /// <summary>
    /// Why the kernel, now exited, could not bind a port of its connection file (the error of its log, "cannot bind the
    /// shell port …"), or null: most likely another process took the port between <see cref="LoopbackPorts"/> finding it
    /// free and the kernel binding it (the cache there covers this process only); an address not of this machine reads
    /// the same.
    /// </summary>
    public string? TakenPort
    {
        get
        {
            if (!HasExited) return null;
            var tail = Stderr.Tail(LastWordsChars);
            var at = tail.LastIndexOf(Hosting.KernelChannels.PortTaken, StringComparison.Ordinal);
            return at < 0 ? null : tail[at..].Split('\n')[0].TrimEnd('\r');
        }
    }

    /// <summary>Set when the kernel was killed for using more memory than allowed.</summary>
    public bool KilledForMemory { get; private set; }

    /// <summary>Whether the kernel process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The kernel's exit code, once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Completes when the kernel process exits.</summary>
    public Task Exited => _process.WaitForExitAsync();

    /// <summary>
    /// Completes when the kernel's stdout and stderr have been read to their end: soon after it exits, unless a process it
    /// started still holds them. What a dying runtime writes last (FailFast's message) may still be in the pipe when
    /// <see cref="Exited"/> completes.
    /// </summary>
    public Task OutputRead => _readers;

    /// <summary>
    /// Starts a kernel: <paramref name="command"/> followed by <c>kernel --connection-file FILE --no-warm-up</c> (the
    /// runner sends the first cell at once, so a warm-up would only compile beside it).
    /// </summary>
    /// <param name="command">The program and arguments that run <c>clawdemy</c>.</param>
    /// <param name="workingDirectory">The notebook's folder.</param>
    /// <param name="maxOutputBytes">How much of the process's own stdout, and of its stderr, is kept per take, in UTF-8 bytes.</param>
    /// <param name="memoryLimitBytes">The resident memory the kernel may use before it is killed.</param>
    public static KernelManager Start(IReadOnlyList<string> command, string workingDirectory, int maxOutputBytes, long memoryLimitBytes)
    {
        var ports = LoopbackPorts.Reserve(5);
        var connection = new ConnectionInfo("127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        var file = Path.Combine(Path.GetTempPath(), $"clawdemy-kernel-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        WriteConnectionFile(file, connection);
        var start = ChildProcess.StartInfo(command[0], [.. command.Skip(1), "kernel", "--connection-file", file, "--no-warm-up"], workingDirectory);
        start.Environment["JPY_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["CLAWDEMY_KERNEL_OWN_GROUP"] = "1";
        // The managed heap fails with OutOfMemoryException first (the cell fails, the kernel goes on); the watch on
        // resident memory below catches what the heap limit cannot see (native allocations).
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (memoryLimitBytes * 3 / 4).ToString("X");
        // No W^X for the JIT's pages: it costs a kernel about a tenth of its CPU up to its first cell (an mprotect for each
        // method compiled; docs/benchmarks.md), and it guards nothing here, where the cells are code the kernel runs with
        // every right of the process anyway.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        // No debugger pipes and diagnostic socket in /tmp: a kernel ended at a timeout or by its memory bound is killed,
        // and leaves them there (three files each). A developer who sets the variable keeps what they chose.
        start.Environment.TryAdd("DOTNET_EnableDiagnostics", "0");
        try
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException("the kernel process could not be started");
            return new KernelManager(process, file, connection, maxOutputBytes, memoryLimitBytes);
        }
        catch
        {
            File.Delete(file);
            LoopbackPorts.Release(ports);
            throw;
        }
    }

    /// <summary>Ends the kernel and everything it started, now.</summary>
    public void Kill()
    {
        ProcessGroups.Kill(_process.Id);
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits up to <see cref="ShutdownGrace"/> for the kernel to exit by itself, then ends its group either way.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(ShutdownGrace))
        {
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                // It did not exit in time.
            }
        }

        // Children of a cell may outlive the kernel in its group, holding its pipes open: end them all, and stop reading.
        Kill();
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_readers, _memoryWatch).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // A reader stuck on a pipe held by a process outside the group: abandoned, it ends with the pipe.
        }

        _process.Dispose();
        File.Delete(_connectionFile);
        LoopbackPorts.Release(Connection.Ports);
        _stop.Dispose();
    }

    private async Task WatchMemoryAsync(long limit)
    {
        try
        {
            while (!_stop.IsCancellationRequested && !_process.HasExited)
            {
                if (ResidentBytes(_process.Id) > limit)
                {
                    KilledForMemory = true;
                    Kill();
                    return;
                }

                await Task.Delay(MemoryPollInterval, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    /// <summary>The resident memory of a process (VmRSS, Linux); 0 where it cannot be read.</summary>
    private static long ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // Not Linux, or the process is gone.
        }

        return 0;
    }

    private static void WriteConnectionFile(string path, ConnectionInfo connection)
    {
        var json = new JsonObject
        {
            ["ip"] = connection.Ip,
            ["transport"] = "tcp",
            ["signature_scheme"] = "hmac-sha256",
            ["key"] = connection.Key,
            ["shell_port"] = connection.ShellPort,
            ["iopub_port"] = connection.IopubPort,
            ["stdin_port"] = connection.StdinPort,
            ["control_port"] = connection.ControlPort,
            ["hb_port"] = connection.HeartbeatPort,
            ["kernel_name"] = "clawdemy",
        };
        using (File.Create(path, 1, FileOptions.None))
        {
        }

        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(path, json.ToJsonString());
    }
}
