using System.Diagnostics;
using System.Text;

namespace Clawdemy.Notebooks.Engine.Processes;

/// <summary>
/// How every helper program is started (a notebook's kernel, dotnet restore, Node.js for KaTeX, Chromium for PDFs):
/// no shell, the arguments passed one by one, stdout and stderr captured as UTF-8, stdin only when asked.
/// </summary>
public static class ChildProcess
{
    /// <summary>The dotnet host that runs this program (DOTNET_HOST_PATH), or dotnet on the PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The start settings for a program with its arguments.</summary>
    /// <param name="program">The program's path or name on the PATH.</param>
    /// <param name="arguments">The arguments, each passed as is.</param>
    /// <param name="workingDirectory">Its working directory, or this process's.</param>
    /// <param name="standardInput">Whether the caller will write to its stdin (UTF-8, no BOM).</param>
    public static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, string? workingDirectory = null, bool standardInput = false)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = standardInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? "",
        };
        if (standardInput) start.StandardInputEncoding = new UTF8Encoding(false);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    /// <summary>Whether a process with this id is running (this one always is).</summary>
    public static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
