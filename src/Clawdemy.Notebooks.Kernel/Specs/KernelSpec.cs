using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Clawdemy.Notebooks.Kernel.Specs;

/// <summary>
/// A kernelspec for this kernel (<c>kernel.json</c> and its logos), written where Jupyter looks for kernels: the system
/// folder, the user's data folder (<c>--user</c>) or <c>PREFIX/share/jupyter/kernels</c> (<c>--prefix</c>), as
/// <c>jupyter kernelspec install</c> does. The default name is <c>.net-csharp</c>, the name Polyglot notebooks carry
/// in their metadata, so front ends pick this kernel for them with no edit.
/// </summary>
public static partial class KernelSpec
{
    /// <summary>The name Polyglot C# notebooks ask for.</summary>
    public const string DefaultName = ".net-csharp";

    /// <summary>The name front ends list the kernel under.</summary>
    public const string DefaultDisplayName = "C# (Clawdemy)";

    /// <summary>The kernels folder for a scope: <paramref name="prefix"/>, the user's (<paramref name="user"/>) or the system's.</summary>
    public static string KernelsFolder(bool user, string? prefix)
    {
        if (prefix is not null) return Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
        if (user) return Path.Combine(UserDataFolder(), "kernels");
        return OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "jupyter", "kernels")
            : "/usr/local/share/jupyter/kernels";
    }

    /// <summary>Writes the kernelspec; returns its folder.</summary>
    /// <param name="kernelsFolder">From <see cref="KernelsFolder"/>.</param>
    /// <param name="name">The kernel's name: letters, digits, '.', '_' and '-'.</param>
    /// <param name="displayName">The name front ends show.</param>
    /// <param name="command">The program and arguments that start the kernel; <c>kernel --connection-file {connection_file}</c> follow.</param>
    /// <exception cref="ArgumentException">The name is not a valid kernel name.</exception>
    public static string Install(string kernelsFolder, string name, string displayName, IReadOnlyList<string> command)
    {
        CheckName(name);
        var folder = Path.Combine(kernelsFolder, name);
        Directory.CreateDirectory(folder);
        var argv = new JsonArray([.. command.Select(c => (JsonNode)c), "kernel", "--connection-file", "{connection_file}"]);
        var spec = new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = displayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
        WriteAtomically(Path.Combine(folder, "kernel.json"), spec.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        foreach (var logo in Logos.Files) WriteAtomically(Path.Combine(folder, logo.Name), logo.Content);
        return folder;
    }

    /// <summary>Removes the kernelspec named <paramref name="name"/> from <paramref name="kernelsFolder"/>; false when there was none.</summary>
    public static bool Uninstall(string kernelsFolder, string name)
    {
        CheckName(name);
        var folder = Path.Combine(kernelsFolder, name);
        if (!Directory.Exists(folder)) return false;
        Directory.Delete(folder, recursive: true);
        return true;
    }

    /// <summary>
    /// The command that starts this program: the apphost when it runs as one (an installed .NET tool, a build's
    /// <c>clawdemy</c>), otherwise the dotnet host and the program's dll.
    /// </summary>
    public static IReadOnlyList<string> ThisProgram()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var name = Path.GetFileNameWithoutExtension(process);
        if (!name.Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return [process];
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("the program's assembly has no location");
        return [process, entry];
    }

    private static void CheckName(string name)
    {
        if (!KernelName().IsMatch(name)) throw new ArgumentException($"'{name}' is not a kernel name: use letters, digits, '.', '_' and '-'");
    }

    private static string UserDataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } dataDir) return dataDir;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(xdg is { Length: > 0 } ? xdg : Path.Combine(home, ".local", "share"), "jupyter");
    }

    private static void WriteAtomically(string path, object content)
    {
        var temporary = path + $".{Environment.ProcessId}.tmp";
        try
        {
            if (content is string text) File.WriteAllText(temporary, text);
            else File.WriteAllBytes(temporary, (byte[])content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex KernelName();
}
