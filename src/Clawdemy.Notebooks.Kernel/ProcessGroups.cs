using System.Runtime.InteropServices;

namespace Clawdemy.Notebooks.Kernel;

/// <summary>
/// A kernel and everything its cells start (children, grandchildren, <c>sleep 600</c>) live in one process group, the
/// kernel's own, so that one signal ends them all. Linux and macOS only; elsewhere these do nothing and the process tree
/// is ended instead.
/// </summary>
public static partial class ProcessGroups
{
    private const int SigKill = 9;

    /// <summary>Makes this process the leader of a new session and process group (the kernel calls it at start when its manager asks).</summary>
    /// <returns>True when this process now leads its own group.</returns>
    public static bool LeadOwnGroup() => !OperatingSystem.IsWindows() && (SetSid() >= 0 || GetPgid(0) == Environment.ProcessId);

    /// <summary>Ends every process of the group led by <paramref name="leader"/> at once (SIGKILL to -pgid).</summary>
    /// <returns>True when the signal was sent (false: no such group any more, or not supported here).</returns>
    public static bool Kill(int leader) => !OperatingSystem.IsWindows() && leader > 1 && KillProcess(-leader, SigKill) == 0;

    [LibraryImport("libc", EntryPoint = "setsid")]
    private static partial int SetSid();

    [LibraryImport("libc", EntryPoint = "getpgid")]
    private static partial int GetPgid(int pid);

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int KillProcess(int pid, int signal);
}
