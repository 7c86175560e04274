using Clawdemy.Notebooks.Kernel.Client;

namespace Clawdemy.Notebooks.Cli.Commands;

/// <summary>The run command's settings, folded from the parsed options.</summary>
internal sealed record RunSettings(IReadOnlyList<string> Paths, string? OutputFolder, bool InPlace, RunOptions Options, int Parallel);
