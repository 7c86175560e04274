using System.CommandLine;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Kernel.Client;
using Clawdemy.Notebooks.Platform.Files;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary><c>clawdemy run PATH... [--output DIR | --in-place]</c>: executes notebooks and writes the executed copies.</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleReporter reporter)
    {
        var paths = SharedOptions.Paths("notebooks");
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Write each executed notebook into this folder" };
        var inPlace = new Option<bool>("--in-place") { Description = "Write the outputs back into the input notebooks" };
        var timeout = SharedOptions.Timeout();
        var maxOutput = SharedOptions.MaxOutput();
        var maxMemory = SharedOptions.MaxMemory();
        var stopOnError = SharedOptions.StopOnError();
        var parallel = SharedOptions.Parallel();
        var command = new Command("run", "Execute notebooks headless; print failures and, with --output or --in-place, write the executed copies")
        {
            paths, output, inPlace, timeout, maxOutput, maxMemory, stopOnError, parallel,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is not null && result.GetValue(inPlace)) result.AddError("--output and --in-place cannot be used together");
        });
        command.SetAction(async (parse, token) => await Cli.Guard(reporter, async () =>
        {
            var settings = new RunSettings(
                parse.GetValue(paths)!,
                parse.GetValue(output)?.FullName,
                parse.GetValue(inPlace),
                new RunOptions
                {
                    CellTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                    MaxOutputBytes = parse.GetValue(maxOutput) * 1024,
                    MemoryLimitBytes = parse.GetValue(maxMemory) * 1024L * 1024,
                    StopOnError = parse.GetValue(stopOnError),
                },
                parse.GetValue(parallel));
            return await RunAsync(settings, reporter, token);
        }));
        return command;
    }

    public static async Task<int> RunAsync(RunSettings settings, ConsoleReporter reporter, CancellationToken token)
    {
        var documents = NotebookPaths.Load(settings.Paths);
        var duplicate = documents.SelectMany(d => d.DuplicateIds()).FirstOrDefault();
        if (duplicate is not null) throw new UsageException($"{duplicate} (cell ids must be unique; `clawdemy check` lists them all)");
        if (settings.OutputFolder is { } outputFolder)
        {
            var names = documents.GroupBy(d => Path.GetFileName(d.Path)).FirstOrDefault(g => g.Count() > 1);
            if (names is not null) throw new UsageException($"{names.Key}: two notebooks have this name; --output would write one over the other");
            var own = documents.FirstOrDefault(d => SameFolder(d.Directory, outputFolder));
            if (own is not null) throw new UsageException($"--output {outputFolder}: is the folder of {own.Path}, so the input would be overwritten; use --in-place to mean that");
            OutputFolder.EnsureWritable(outputFolder, "--output");
            AtomicFile.CleanStale(outputFolder);
        }

        if (settings.InPlace)
        {
            foreach (var folder in documents.Select(d => d.Directory).Distinct()) AtomicFile.CleanStale(folder);
        }

        var results = await NotebookBatch.RunAsync(documents, settings.Options, settings.Parallel, reporter, token, result =>
        {
            var target = settings.InPlace ? result.Document.Path
                : settings.OutputFolder is { } folder ? Path.Combine(folder, Path.GetFileName(result.Document.Path))
                : null;
            if (target is not null) result.Document.Save(target);
        });

        NotebookBatch.Report(results, reporter);
        return results.Any(r => r.Failed) ? ExitCodes.CellFailed : ExitCodes.Success;
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
