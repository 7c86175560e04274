using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Kernel.Client;

/// <summary>How a notebook is run.</summary>
public sealed record RunOptions
{
    /// <summary>The time one cell may take before it is stopped: 60 s unless set.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The output one cell may keep, in UTF-8 bytes, before the rest is cut with a marker: 1 MiB unless set (<c>--max-output</c> in KB).</summary>
    public int MaxOutputBytes { get; init; } = 1024 * 1024;

    /// <summary>Stop at the first failing cell instead of running every cell.</summary>
    public bool StopOnError { get; init; }

    /// <summary>
    /// The memory a notebook's kernel process may use, managed and native together, before it is stopped: 2 GiB unless
    /// set. A managed allocation past three quarters of it fails the cell with OutOfMemoryException and the kernel goes on.
    /// </summary>
    public long MemoryLimitBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// The program and arguments that run <c>clawdemy</c>, to which <c>kernel --connection-file FILE --no-warm-up</c> is
    /// added; by default the clawdemy.dll beside the running program, under the dotnet host.
    /// </summary>
    public IReadOnlyList<string> KernelCommand { get; init; } =
        [Programs.Dotnet, Path.Combine(AppContext.BaseDirectory, "clawdemy.dll")];
}
