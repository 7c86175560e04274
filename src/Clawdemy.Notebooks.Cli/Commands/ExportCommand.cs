using System.CommandLine;
using Clawdemy.Notebooks.Handouts.Export;
using Clawdemy.Notebooks.Handouts.Rendering;
using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary>
/// <c>clawdemy export [PATH...] [--out DIR]</c>: the main job. Runs the notebooks (unchanged ones come from the cache) and
/// writes one self-contained HTML handout per notebook plus index.html; <c>--solutions</c> writes the teacher's edition,
/// with each exercise's worked answer, into handouts-solutions/ unless <c>--out</c> says otherwise.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Where <c>--solutions</c> writes the teacher's edition when no <c>--out</c> is given.</summary>
    public const string SolutionsFolder = "handouts-solutions";

    public static Command Create(ConsoleReporter reporter)
    {
        var paths = SharedOptions.Paths("notebooks");
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Where the handouts go", DefaultValueFactory = _ => new DirectoryInfo("handouts") };
        var cache = SharedOptions.ExportCache();
        var force = new Option<bool>("--force") { Description = "Run every notebook again, ignoring the cache" };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Exit 0 even when a cell fails (its handout shows the error either way)" };
        var pdf = new Option<bool>("--pdf") { Description = "Also print each handout to PDF with headless Chromium" };
        var paper = SharedOptions.Paper();
        var plain = new Option<bool>("--no-highlight") { Description = "Show code as plain text instead of highlighted C#" };
        var trustMarkdown = new Option<bool>("--trust-markdown")
        {
            Description = "Keep the Markdown's HTML as written, scripts included, instead of sanitising it (only for notebooks you wrote or trust)",
        };
        var solutions = new Option<bool>("--solutions") { Description = "Write the teacher's edition, each exercise followed by its worked answer (default folder: " + SolutionsFolder + ")" };
        var timeout = SharedOptions.Timeout();
        var parallel = SharedOptions.Parallel();
        var command = new Command("export", "Run the notebooks and write self-contained HTML handouts (the main job)")
        {
            paths, output, cache, force, allowErrors, pdf, paper, plain, trustMarkdown, solutions, timeout, parallel,
        };
        command.SetAction(async (parse, token) => await Cli.Guard(reporter, async () =>
        {
            var documents = NotebookPaths.Load(parse.GetValue(paths)!);
            // The teacher's edition goes beside the handouts, never over them, unless --out says otherwise.
            var teacher = parse.GetValue(solutions);
            var folder = teacher && parse.GetResult(output) is null or { Implicit: true } ? new DirectoryInfo(SolutionsFolder) : parse.GetValue(output)!;
            var settings = new ExportSettings(
                folder.FullName,
                parse.GetValue(cache)!.FullName,
                parse.GetValue(force),
                parse.GetValue(pdf),
                new HandoutOptions(Highlight: !parse.GetValue(plain), TrustMarkdown: parse.GetValue(trustMarkdown), Solutions: parse.GetValue(solutions)),
                parse.GetValue(paper))
            { Runner = NotebookBatch.BuildId };
            OutputFolder.EnsureWritable(settings.OutputFolder, "--out");
            var runOptions = new RunOptions { CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) };
            ExportResult result;
            try
            {
                result = await new HandoutExporter(settings).ExportAsync(documents,
                    (toRun, finished) => NotebookBatch.RunAsync(toRun, runOptions, parse.GetValue(parallel), reporter, token, finished), token);
            }
            catch (Exception e) when (e is InvalidOperationException or FileNotFoundException)
            {
                throw new UsageException(e.Message);
            }

            if (result.Runs.Count > 0) NotebookBatch.Report(result.Runs, reporter);
            foreach (var path in result.FromCache) reporter.Line($"cached {path}  (unchanged since the last export)");
            foreach (var file in result.Written) reporter.Line($"wrote  {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)}");
            if (result.UpToDate.Count > 0)
            {
                reporter.Line($"up to date: the {result.UpToDate.Count} files in {Path.GetRelativePath(Directory.GetCurrentDirectory(), settings.OutputFolder)} are as the last export wrote them (--force renders them again)");
            }
            return result.Failed && !parse.GetValue(allowErrors) ? ExitCodes.CellFailed : ExitCodes.Success;
        }));
        return command;
    }
}
