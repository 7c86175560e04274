using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace Clawdemy.Notebooks.Testing;

/// <summary>Signals sent as a terminal or a service manager sends them (Linux), for tests of how a process stops.</summary>
public static class Signals
{
    /// <summary>Sends <paramref name="signal"/> (INT, TERM, KILL) to the process <paramref name="pid"/> with kill(1).</summary>
    public static async Task SendAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {pid} failed with exit {kill.ExitCode}");
    }

    /// <summary>Sends <paramref name="signal"/> to every process of the group <paramref name="group"/>, as a terminal's Ctrl+C does.</summary>
    public static async Task SendToGroupAsync(int group, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, "--", "-" + group.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.True(kill.ExitCode == 0, $"kill -s {signal} -- -{group} failed with exit {kill.ExitCode}");
    }
}
