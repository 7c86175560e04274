using System.CommandLine;
using Clawdemy.Notebooks.Cli.Course;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary><c>clawdemy check PATH...</c>: validates notebooks without running any code.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleReporter reporter)
    {
        var paths = SharedOptions.Paths("notebooks");
        var command = new Command("check", "Check notebooks without running them: nbformat 4.5, Polyglot C# metadata, unique cell ids, no saved outputs, C# that parses")
        {
            paths,
        };
        command.SetAction(async (parse, token) => await Cli.Guard(reporter, () =>
        {
            var documents = NotebookPaths.Load(parse.GetValue(paths)!);
            var problems = 0;
            foreach (var document in documents)
            {
                var found = CourseRules.Check(document);
                foreach (var line in found) reporter.Fail(line);
                reporter.Line($"{(found.Count == 0 ? "ok" : "failed"),-6} {document.Path}" + (found.Count == 0 ? "" : $"  {found.Count} problems"));
                problems += found.Count;
            }

            return Task.FromResult(problems == 0 ? ExitCodes.Success : ExitCodes.CellFailed);
        }));
        return command;
    }
}
