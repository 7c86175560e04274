using System.CommandLine;
using Clawdemy.Notebooks.Kernel;
using Clawdemy.Notebooks.Kernel.Specs;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary>
/// <c>clawdemy kernel --connection-file FILE [--no-warm-up]</c>: be a Jupyter kernel for C#; <c>kernel install</c> and
/// <c>kernel uninstall</c> manage its kernelspec.
/// </summary>
internal static class KernelCommand
{
    public static Command Create(ConsoleReporter reporter)
    {
        var connectionFile = new Option<FileInfo>("--connection-file", "-f")
        {
            Description = "The connection file a Jupyter front end wrote (its {connection_file})",
        };
        var noWarmUp = new Option<bool>("--no-warm-up")
        {
            Description = "Do not compile a throwaway cell at start to have the compiler ready (for a client that sends its first cell at once, as clawdemy run does)",
        };
        var command = new Command("kernel", "Serve notebooks as a Jupyter kernel for C# (messaging protocol 5.3 over ZeroMQ)") { connectionFile, noWarmUp };
        command.Subcommands.Add(Install(reporter));
        command.Subcommands.Add(Uninstall(reporter));
        command.SetAction(async (parse, _) =>
        {
            var file = parse.GetValue(connectionFile);
            if (file is null)
            {
                reporter.Fail("error: kernel needs --connection-file FILE (front ends pass it; see 'clawdemy kernel install')");
                return ExitCodes.BadInput;
            }

            // Exit outright: threads a cell started (or one that ignored an interrupt) must not keep the process alive.
            var exitCode = await KernelProcess.RunAsync(file.FullName, warmUp: !parse.GetValue(noWarmUp));
            Environment.Exit(exitCode);
            return exitCode;
        });
        return command;
    }

    private static Command Install(ConsoleReporter reporter)
    {
        var (user, prefix, name) = ScopeOptions();
        var displayName = new Option<string>("--display-name") { Description = "The name front ends show", DefaultValueFactory = _ => KernelSpec.DefaultDisplayName };
        var command = new Command("install", "Install the kernelspec that starts this kernel (default name .net-csharp, the name Polyglot notebooks ask for)")
        {
            user, prefix, name, displayName,
        };
        command.SetAction(async (parse, _) => await Cli.Guard(reporter, () =>
        {
            var folder = KernelSpec.Install(Folder(parse, user, prefix), parse.GetValue(name)!, parse.GetValue(displayName)!, KernelSpec.ThisProgram());
            reporter.Line($"installed kernelspec {parse.GetValue(name)} in {folder}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Command Uninstall(ConsoleReporter reporter)
    {
        var (user, prefix, name) = ScopeOptions();
        var command = new Command("uninstall", "Remove the kernelspec") { user, prefix, name };
        command.SetAction(async (parse, _) => await Cli.Guard(reporter, () =>
        {
            var folder = Folder(parse, user, prefix);
            if (!KernelSpec.Uninstall(folder, parse.GetValue(name)!))
            {
                reporter.Fail($"error: no kernelspec {parse.GetValue(name)} in {folder}");
                return Task.FromResult(ExitCodes.BadInput);
            }

            reporter.Line($"removed kernelspec {parse.GetValue(name)} from {folder}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static (Option<bool> User, Option<DirectoryInfo> Prefix, Option<string> Name) ScopeOptions()
    {
        var user = new Option<bool>("--user") { Description = "The current user's Jupyter data folder, not the system's" };
        var prefix = new Option<DirectoryInfo>("--prefix") { Description = "PREFIX/share/jupyter/kernels, for an environment or a test" };
        var name = new Option<string>("--name") { Description = "The kernel's name", DefaultValueFactory = _ => KernelSpec.DefaultName };
        name.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrEmpty(value) || value.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')))
            {
                result.AddError($"--name '{value}' is not a kernel name: use letters, digits, '.', '_' and '-'");
            }
        });
        return (user, prefix, name);
    }

    private static string Folder(ParseResult parse, Option<bool> user, Option<DirectoryInfo> prefix)
    {
        if (parse.GetValue(user) && parse.GetValue(prefix) is not null) throw new UsageException("--user and --prefix cannot be used together");
        return KernelSpec.KernelsFolder(parse.GetValue(user), parse.GetValue(prefix)?.FullName);
    }
}
