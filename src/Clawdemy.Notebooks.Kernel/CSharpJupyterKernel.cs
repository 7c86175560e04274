using System.Reflection;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Engine.Editing;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Kernel.Hosting;
using Clawdemy.Notebooks.Kernel.Protocol;

namespace Clawdemy.Notebooks.Kernel;

/// <summary>
/// The C# language half of the Jupyter kernel: every execute_request runs on the notebook engine's
/// <see cref="CSharpKernel"/> (one Roslyn script state carried from cell to cell, the Polyglot directives and display
/// API), its outputs published on iopub as they happen.
/// </summary>
public sealed class CSharpJupyterKernel : KernelBase
{
    /// <summary>The output a cell may collect in the kernel's own batch path, in UTF-8 bytes: 16 MiB.</summary>
    public const int MaxOutputBytes = 16 * 1024 * 1024;

    private readonly CSharpKernel _kernel;

    /// <summary>Creates a kernel that runs cells in <paramref name="directory"/> (the notebook's folder: the working directory the front end gave).</summary>
    public CSharpJupyterKernel(ConnectionInfo connection, string directory, Action<string> log)
        : base(connection, log)
    {
        _kernel = new CSharpKernel(directory, MaxOutputBytes);
    }

    /// <inheritdoc/>
    protected override JsonObject LanguageInfo => new()
    {
        ["name"] = "C#",
        ["version"] = LanguageVersionText,
        ["mimetype"] = "text/x-csharp",
        ["file_extension"] = ".cs",
        ["pygments_lexer"] = "csharp",
        ["codemirror_mode"] = "text/x-csharp",
    };

    /// <inheritdoc/>
    protected override string Banner =>
        $"Clawdemy C# kernel {Implementation.Version}: C# {LanguageVersionText} on .NET {Environment.Version}, the Polyglot Notebooks C# dialect (#r, #r \"nuget:\", #!time, display)";

    /// <inheritdoc/>
    protected override (string Name, string Version) Implementation =>
        ("clawdemy", typeof(CSharpJupyterKernel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0");

    private static string LanguageVersionText => CSharpKernel.LanguageVersion.ToString().Replace("CSharp", "") + ".0";

    /// <summary>Compiles and runs a throwaway script, so that the first cell does not pay for loading Roslyn.</summary>
    public Task WarmUpAsync() => _kernel.WarmUpAsync();

    /// <inheritdoc/>
    protected override Task<CellResult> ExecuteAsync(string code, ICellOutputs outputs, ICellInput? input, CancellationToken cancellationToken) =>
        _kernel.RunAsync(code, outputs, input: input, cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override JsonObject Complete(string code, int cursorPos)
    {
        var completions = CSharpEditor.Complete(_kernel.CompilationOf(code), CodePoints.ToUtf16(code, cursorPos));
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(completions.Matches.Select(m => (JsonNode)m.Text).ToArray()),
            ["cursor_start"] = CodePoints.FromUtf16(code, completions.Start),
            ["cursor_end"] = CodePoints.FromUtf16(code, completions.End),
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(completions.Matches.Select(m => (JsonNode)new JsonObject
                {
                    ["start"] = CodePoints.FromUtf16(code, completions.Start),
                    ["end"] = CodePoints.FromUtf16(code, completions.End),
                    ["text"] = m.Text,
                    ["type"] = m.Kind,
                    ["signature"] = m.Signature,
                }).ToArray()),
            },
        };
    }

    /// <inheritdoc/>
    protected override JsonObject Inspect(string code, int cursorPos, int detailLevel)
    {
        var help = CSharpEditor.Inspect(_kernel.CompilationOf(code), CodePoints.ToUtf16(code, cursorPos));
        var data = new JsonObject();
        if (help is not null)
        {
            data["text/plain"] = help.Summary.Length > 0 ? $"{help.Signature}\n\n{help.Summary}" : help.Signature;
            data["text/markdown"] = $"```csharp\n{help.Signature}\n```" + (help.Summary.Length > 0 ? $"\n\n{help.Summary}" : "");
        }

        return new JsonObject { ["status"] = "ok", ["found"] = help is not null, ["data"] = data, ["metadata"] = new JsonObject() };
    }

    /// <inheritdoc/>
    protected override JsonObject IsComplete(string code)
    {
        var status = CSharpEditor.IsComplete(CellCode.Parse(code, Documents.Kernels.CSharp).Code);
        var reply = new JsonObject { ["status"] = status.ToString().ToLowerInvariant() };
        if (status == Completeness.Incomplete) reply["indent"] = CSharpEditor.NextIndent(code);
        return reply;
    }
}
