using System.Diagnostics;
using System.Text;

namespace Clawdemy.Notebooks.Platform.Processes;

/// <summary>
/// How every helper program is started (a notebook's kernel, dotnet restore, Node.js for KaTeX, Chromium for PDFs):
/// no shell, the arguments passed one by one, stdout and stderr captured as UTF-8, stdin only when asked; and how the
/// helpers that run to an end (all but the kernel, which <c>KernelManager</c> manages) are run: <see cref="Run"/>,
/// with a timeout and bounded output.
/// </summary>
public static class ChildProcess
{
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

    /// <summary>How much of each of a helper's streams <see cref="Run"/> keeps unless told otherwise: 4 MiB of text.</summary>
    public const int DefaultOutputLimit = 4 * 1024 * 1024;

    /// <summary>How long the streams of a helper that has exited are still read, for grandchildren that hold them open.</summary>
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Runs a helper program to its end, the one way every helper (dotnet restore, Node.js, Chromium) is run: the
    /// <paramref name="input"/> written to its stdin, its stdout and stderr read as it runs and kept up to
    /// <paramref name="outputLimit"/> characters each (the rest read and dropped, so a flood neither blocks it nor grows
    /// this process), and after <paramref name="timeout"/> it is ended with every process it started. A grandchild that
    /// keeps its pipes open after it exits holds the result back at most two seconds.
    /// </summary>
    /// <param name="start">The start settings, from <see cref="StartInfo"/> (with standardInput when input is given).</param>
    /// <param name="timeout">The longest it may run.</param>
    /// <param name="input">What to write to its stdin before closing it, or null.</param>
    /// <param name="outputLimit">The characters of each stream to keep.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">When the program cannot be started (it is not installed).</exception>
    public static HelperResult Run(ProcessStartInfo start, TimeSpan timeout, string? input = null, int outputLimit = DefaultOutputLimit)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} could not be started");
        var output = ReadBoundedAsync(process.StandardOutput, outputLimit);
        var error = ReadBoundedAsync(process.StandardError, outputLimit);
        if (input is not null)
        {
            try
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It exited without reading all of its input; its exit code and stderr say why.
            }
        }

        var timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended between the wait and the kill.
            }

            process.WaitForExit(DrainGrace);
        }

        Task.WaitAll([output, error], DrainGrace);
        var (stdout, outCut) = output.IsCompletedSuccessfully ? output.Result : ("", false);
        var (stderr, errCut) = error.IsCompletedSuccessfully ? error.Result : ("", false);
        return new HelperResult(timedOut || !process.HasExited ? -1 : process.ExitCode, stdout, stderr, timedOut, outCut || errCut);
    }

    /// <summary>
    /// Reads a helper's stream to its end, keeping the first <paramref name="limit"/> characters and reading the rest
    /// only to drop it, so that the helper never blocks on a full pipe.
    /// </summary>
    public static async Task<(string Text, bool Cut)> ReadBoundedAsync(StreamReader reader, int limit)
    {
        var kept = new StringBuilder();
        var buffer = new char[16 * 1024];
        var cut = false;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
        {
            var room = limit - kept.Length;
            if (read > room) cut = true;
            if (room > 0) kept.Append(buffer, 0, Math.Min(room, read));
        }

        return (kept.ToString(), cut);
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
