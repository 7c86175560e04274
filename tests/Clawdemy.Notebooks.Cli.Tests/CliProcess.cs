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
}
