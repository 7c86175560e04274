using System.Diagnostics;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Cli.Tests;

/// <summary>How a test starts <c>clawdemy</c> as a process of its own: this build's clawdemy.dll under the dotnet host, CI=true, stdout and stderr redirected.</summary>
internal static class CliProcess
{
    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(Programs.Dotnet) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clawdemy.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CI"] = "true";
        return start;
    }

    /// <summary>
    /// The same, as a terminal starts it: through setsid(1), so that it leads a process group of its own (its pid is the
    /// group's) and a Ctrl+C can be sent to the whole group, reaching every program it started that is still in it.
    /// </summary>
    public static ProcessStartInfo InOwnGroup(params string[] arguments)
    {
        var start = StartInfo(arguments);
        var grouped = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        grouped.ArgumentList.Add(start.FileName);
        foreach (var argument in start.ArgumentList) grouped.ArgumentList.Add(argument);
        foreach (var (key, value) in start.Environment) grouped.Environment[key] = value;
        return grouped;
    }
}
