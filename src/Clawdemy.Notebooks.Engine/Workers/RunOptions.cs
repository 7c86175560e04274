namespace Clawdemy.Notebooks.Engine.Workers;

/// <summary>How a notebook is run.</summary>
public sealed record RunOptions
{
    /// <summary>The time one cell may take before it is stopped: 60 s unless set.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The output one cell may keep, in characters, before the rest is cut with a marker: 1 MB unless set.</summary>
    public int MaxOutputChars { get; init; } = 1024 * 1024;

    /// <summary>Stop at the first failing cell instead of running every cell.</summary>
    public bool StopOnError { get; init; }

    /// <summary>The managed heap a worker may use before allocations fail: 2 GiB unless set.</summary>
    public long MemoryLimitBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The worker assembly; by default Clawdemy.Notebooks.Worker.dll beside the running program.</summary>
    public string WorkerPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "Clawdemy.Notebooks.Worker.dll");
}
