using System.Reflection;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Engine.Editing;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Kernel.Hosting;
using Clawdemy.Notebooks.Kernel.Protocol;
using Microsoft.DotNet.Interactive;

namespace Clawdemy.Notebooks.Kernel;

/// <summary>
/// The C# language half of the Jupyter kernel: every execute_request is a <c>SubmitCode</c> to .NET Interactive's own
/// kernel (<see cref="NotebookKernel"/>), its events published on iopub as they happen, as
/// Microsoft.DotNet.Interactive.Jupyter published them; complete_request is <c>RequestCompletions</c>, inspect_request
/// <c>RequestHoverText</c> (or, where no hover text is found, <c>RequestSignatureHelp</c>).
/// </summary>
public sealed class CSharpJupyterKernel : KernelBase, IDisposable
{
    /// <summary>
    /// .NET Interactive's kernel, created beside the binding of the ports: building it loads the package's assemblies
    /// (about a second here, more on a loaded machine), and a kernel that bound its ports only after that could miss a
    /// front end's first heartbeats and be judged dead. kernel_info_reply waits for it (<see cref="WhenReadyAsync"/>).
    /// </summary>
    private readonly Task<NotebookKernel> _kernel = Task.Run(() => new NotebookKernel(plainTextAlternative: true, offlineCharts: true));

    /// <summary>Creates a kernel whose cells run in the process's working directory (the notebook's folder, as the front end starts it).</summary>
    public CSharpJupyterKernel(ConnectionInfo connection, Action<string> log)
        : base(connection, log)
    {
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
        $"Clawdemy C# kernel {Implementation.Version}: .NET Interactive {InteractiveVersion}, C# {LanguageVersionText} on .NET {Environment.Version}, as Polyglot Notebooks runs it (#r, #r \"nuget:\", #!time, display)";

    /// <inheritdoc/>
    protected override (string Name, string Version) Implementation => ("clawdemy", VersionOf(typeof(CSharpJupyterKernel).Assembly) ?? "1.0.0");

    /// <summary>The C# kernel's language version: read only for kernel_info_reply, which waits for the kernel (<see cref="WhenReadyAsync"/>).</summary>
    private string LanguageVersionText => _kernel.Result.CSharpVersion;

    private static string InteractiveVersion => VersionOf(typeof(Microsoft.DotNet.Interactive.Kernel).Assembly) ?? "";

    private static string? VersionOf(Assembly assembly) => assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];

    /// <inheritdoc/>
    protected override Task WhenReadyAsync() => _kernel;

    /// <summary>
    /// How many throwaway cells the warm-up runs. One is enough: measured start-to-first-reply and round trips were the same
    /// with 1, 10 and 40 (docs/benchmarks.md, "Deferred warm-up").
    /// </summary>
    private const int WarmUpCells = 1;

    /// <summary>
    /// Once the kernel is built (so that the two do not share the cores while a front end waits for kernel_info_reply),
    /// runs throwaway cells on a throwaway C# kernel, so that a person's first cells do not wait for the compiler.
    /// </summary>
    public async Task WarmUpWhenReadyAsync()
    {
        await _kernel;
        await NotebookKernel.WarmUpAsync(WarmUpCells);
    }

    /// <inheritdoc/>
    protected override async Task<CellResult> ExecuteAsync(string code, ICellOutputs outputs, ICellInput? input, CancellationToken cancellationToken) =>
        await (await _kernel).RunAsync(code, outputs, input, cancellationToken);

    /// <inheritdoc/>
    protected override async Task<JsonObject> CompleteAsync(string code, int cursorPos)
    {
        var cursor = CodePoints.ToUtf16(code, cursorPos);
        var produced = await (await _kernel).CompleteAsync(code, ToLinePosition(code, cursor));
        int start, end;
        if (produced?.LinePositionSpan is { } span)
        {
            start = FromLinePosition(code, span.Start);
            end = FromLinePosition(code, span.End);
        }
        else
        {
            start = cursor;
            while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
            end = cursor;
        }

        // The kernel lists every member in scope and leaves filtering to the editor (VS Code filters); Jupyter front ends
        // show the matches as given, so only those that start with the text being replaced are sent, as ipykernel does.
        // A snippet's insert text ("SetOut($1)") is not what Jupyter inserts: its display text is.
        var typed = code[start..Math.Max(start, end)];
        var items = (produced?.Completions ?? [])
            .Select(i => (Item: i, Text: i.InsertTextFormat == Microsoft.DotNet.Interactive.Events.InsertTextFormat.Snippet || i.InsertText is null ? i.DisplayText : i.InsertText))
            .Where(i => i.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(i => i.Text, StringComparer.Ordinal)
            .ToArray();
        var startPoint = CodePoints.FromUtf16(code, start);
        var endPoint = CodePoints.FromUtf16(code, end);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(items.Select(i => (JsonNode)i.Text).ToArray()),
            ["cursor_start"] = startPoint,
            ["cursor_end"] = endPoint,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(items.Select(i => (JsonNode)new JsonObject
                {
                    ["start"] = startPoint,
                    ["end"] = endPoint,
                    ["text"] = i.Text,
                    ["type"] = i.Item.Kind?.ToLowerInvariant(),
                    ["signature"] = i.Item.Documentation ?? "",
                }).ToArray()),
            },
        };
    }

    /// <inheritdoc/>
    protected override async Task<JsonObject> InspectAsync(string code, int cursorPos, int detailLevel)
    {
        var position = ToLinePosition(code, CodePoints.ToUtf16(code, cursorPos));
        string? signature = null, documentation = null;
        var hover = await (await _kernel).HoverAsync(code, position);
        if (hover?.Content.FirstOrDefault() is { } content)
        {
            // The kernel's hover is the signature's line, then the XML summary.
            var lines = content.Value.Replace("\r\n", "\n").Split('\n', 2);
            signature = lines[0].Trim().Trim('`').Trim();
            documentation = lines.Length > 1 ? lines[1].Trim() : "";
        }
        else if (await (await _kernel).SignatureHelpAsync(code, position) is { Signatures.Count: > 0 } help)
        {
            var active = help.Signatures[Math.Clamp(help.ActiveSignatureIndex, 0, help.Signatures.Count - 1)];
            signature = active.Label;
            documentation = active.Documentation?.Value ?? "";
        }

        var data = new JsonObject();
        if (signature is not null)
        {
            var rest = string.IsNullOrEmpty(documentation) ? "" : $"\n\n{documentation}";
            data["text/plain"] = signature + rest;
            data["text/markdown"] = $"```csharp\n{signature}\n```{rest}";
        }

        return new JsonObject { ["status"] = "ok", ["found"] = signature is not null, ["data"] = data, ["metadata"] = new JsonObject() };
    }

    /// <inheritdoc/>
    protected override JsonObject IsComplete(string code)
    {
        // Directive lines (#!time, #i "nuget:…") are the kernel's, not C#: blanked before Roslyn parses the rest.
        var csharp = string.Join("\n", code.Replace("\r\n", "\n").Split('\n').Select(l => l.StartsWith("#!", StringComparison.Ordinal) || l.StartsWith("#i ", StringComparison.Ordinal) ? "" : l));
        var status = CSharpEditor.IsComplete(csharp);
        var reply = new JsonObject { ["status"] = status.ToString().ToLowerInvariant() };
        if (status == Completeness.Incomplete) reply["indent"] = CSharpEditor.NextIndent(csharp);
        return reply;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_kernel.IsCompletedSuccessfully) _kernel.Result.Dispose();
    }

    /// <summary>The line and column (UTF-16, zero-based) of <paramref name="offset"/> in <paramref name="code"/>.</summary>
    private static LinePosition ToLinePosition(string code, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset && i < code.Length; i++)
        {
            if (code[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }

        return new LinePosition(line, Math.Min(offset, code.Length) - lineStart);
    }

    /// <summary>The UTF-16 offset of <paramref name="position"/> in <paramref name="code"/>, clamped to the text.</summary>
    private static int FromLinePosition(string code, LinePosition position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line && offset < code.Length; offset++)
        {
            if (code[offset] == '\n') line++;
        }

        return Math.Min(code.Length, offset + position.Character);
    }
}
