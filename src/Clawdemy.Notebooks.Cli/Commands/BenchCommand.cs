using System.CommandLine;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary><c>clawdemy bench</c>: placeholder, filled in below.</summary>
internal static class BenchCommand
{
    public static Command Create(ConsoleReporter reporter) => new("bench", "Measure the engine");
}
