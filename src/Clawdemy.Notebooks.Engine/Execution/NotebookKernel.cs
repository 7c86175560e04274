using Clawdemy.Notebooks.Engine.Hosting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// The kernel a notebook's cells run in: .NET Interactive's own <see cref="CompositeKernel"/> holding its
/// <see cref="CSharpKernel"/>, set up as the dotnet-interactive host sets it up for Polyglot Notebooks (<c>#r "nuget:"</c>,
/// <c>#i</c>, <c>#!nuget-restore</c>, the kernel helpers, <c>#!who</c>/<c>#!whos</c>, <c>#!set</c>/<c>#!share</c>,
/// <c>#!import</c>, the html, javascript and value kernels, the host's magics and its loader of kernel extensions).
/// Each cell is one <see cref="SubmitCode"/>; its events go to an <see cref="ICellOutputs"/> as they happen.
/// </summary>
/// <remarks>
/// What this type adds to the real kernel, and why: the host's magics and extension loader (the dotnet-interactive app
/// and Microsoft.DotNet.Interactive.Jupyter, where they live, are not on the feed); the answer to <see cref="RequestInput"/>
/// (the Jupyter host's, also not on the feed); and knowing when a cancelled cell's code has really stopped, which
/// <see cref="Kernel.SendAsync"/> does not say: after <see cref="Cancel"/> it returns at once while code that ignores its
/// token runs on (measured), so <see cref="RunAsync(string, ICellOutputs, ICellInput?, CancellationToken)"/> waits for the
/// C# kernel's handler itself and its caller can end the process when it does not return.
/// </remarks>
public sealed class NotebookKernel : IDisposable
{
    /// <summary>The C# kernel's name and the composite's default, as in Polyglot.</summary>
    public const string CSharpKernelName = "csharp";

    private readonly CompositeKernel _root;
    private readonly bool _plainTextAlternative;
    private readonly Lock _gate = new();
    private ICellInput? _input;
    private int _inHandler;
    private TaskCompletionSource _handlerDone = CompletedSource();

    /// <summary>Creates the kernel; cells' relative paths (<c>#r "x.dll"</c>, files) resolve from the process's working directory, as in Polyglot.</summary>
    /// <param name="plainTextAlternative">
    /// Whether a value the kernel formats as HTML only (numbers, sequences, objects: .NET Interactive's default) also gets
    /// its text/plain from the kernel's own PlainTextFormatter. Jupyter's convention is a text/plain in every bundle
    /// (ipykernel always sends one; consoles, nbconvert to text and the kernel test suite read it), so the Jupyter kernel
    /// asks for it; front ends still show the HTML, as Polyglot does. Off, the outputs are exactly Polyglot's.
    /// </param>
    /// <param name="offlineCharts">
    /// Whether Plotly.NET charts show as <see cref="Charts.ChartFormatters"/> shows them (the plotly MIME type, text/html
    /// that needs no network, text/plain), also after a package's extension registers its own: the Jupyter kernel asks
    /// for it. Off, a chart shows as Plotly.NET.Interactive shows it in Polyglot.
    /// </param>
    public NotebookKernel(bool plainTextAlternative = false, bool offlineCharts = false)
    {
        _plainTextAlternative = plainTextAlternative;
        var csharp = new CSharpKernel()
            .UseNugetDirective(static (kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        csharp.AddMiddleware(TrackHandlerAsync);
        _root = new CompositeKernel();
        _root.Add(csharp, ["c#", "C#"]);
        _root.Add(new HtmlKernel());
        _root.Add(new JavaScriptKernel(), ["js"]);
        _root.Add(new KeyValueStoreKernel().UseWho());
        _root.UseImportMagicCommand();
        CSharpVersion = csharp.KernelInfo.LanguageVersion ?? throw new InvalidOperationException("the C# kernel reports no language version");
        HostMagicCommands.AddTo(_root, CSharpVersion);
        if (offlineCharts) Charts.ChartFormatters.Register();
        PackageExtensionLoader.AddTo(_root, offlineCharts ? Charts.ChartFormatters.Register : null);
        _root.SetDefaultTargetKernelNameForCommand(typeof(RequestInput), _root.Name);
        _root.RegisterCommandHandler<RequestInput>(AnswerInputAsync);
        _root.DefaultKernelName = CSharpKernelName;
    }

    /// <summary>The C# language version cells are compiled with, as the C# kernel reports it ("14.0").</summary>
    public string CSharpVersion { get; }

    /// <summary>
    /// Points Console.In at the front end for the rest of the process: a line a cell reads is asked of it as
    /// <c>Kernel.GetInputAsync</c> asks (an input_request in Jupyter), and fails at once where nobody can answer.
    /// .NET Interactive redirects Console.Out and Console.Error itself, per command.
    /// </summary>
    public static void ReadConsoleFromFrontEnd() => Console.SetIn(new CellInputReader());

    /// <summary>
    /// Runs throwaway one-line cells on a throwaway C# kernel, so that a person's first cells do not pay for loading and
    /// JIT-compiling .NET Interactive's submission path and the compiler behind it. No kernel's state is touched.
    /// </summary>
    /// <param name="cells">How many cells to run: the path's methods are compiled again, optimised, after some thirty calls.</param>
    public static async Task WarmUpAsync(int cells)
    {
        using var kernel = new CSharpKernel().UseKernelHelpers();
        for (var i = 0; i < cells; i++) await kernel.SendAsync(new SubmitCode("1 + 1"));
    }

    /// <summary>Runs one cell's source and collects its outputs in the shape Polyglot saves them.</summary>
    /// <param name="source">The cell's text.</param>
    /// <param name="maxOutputBytes">The cell's output cap, in UTF-8 bytes.</param>
    public async Task<CellRun> RunAsync(string source, int maxOutputBytes)
    {
        var sink = new CellOutputSink(maxOutputBytes);
        var result = await RunAsync(source, sink);
        if (result.Failed) sink.AddError(result.Message);
        return new CellRun(sink.ToOutputs(), result.Errors);
    }

    /// <summary>
    /// Runs one cell's source; its outputs go to <paramref name="outputs"/> as they happen, its errors come back in the
    /// result. It returns when the cell's code has stopped: after <paramref name="cancellationToken"/> is cancelled, a
    /// cell that ignores it keeps the returned task pending (the caller decides when to give up on the process).
    /// </summary>
    /// <param name="source">The cell's text; a first line <c>#!name</c> picks another kernel, as in Polyglot.</param>
    /// <param name="outputs">Where its outputs go.</param>
    /// <param name="input">Where its requests for input go; null where no one can answer (they fail at once).</param>
    /// <param name="cancellationToken">Cancelled on interrupt: the kernel is sent <see cref="Cancel"/>.</param>
    public async Task<CellResult> RunAsync(string source, ICellOutputs outputs, ICellInput? input = null, CancellationToken cancellationToken = default)
    {
        var submit = new SubmitCode(source);
        var errors = new List<string>();
        lock (_gate) _input = input;

        using var subscription = _root.KernelEvents.Subscribe(e => Forward(e, submit, outputs, errors));
        await using var cancel = cancellationToken.Register(() => _ = _root.SendAsync(new Cancel(), CancellationToken.None));
        try
        {
            if (!cancellationToken.IsCancellationRequested) await _root.SendAsync(submit, CancellationToken.None);
            Task handlerDone;
            lock (_gate) handlerDone = _handlerDone.Task;
            await handlerDone;
        }
        finally
        {
            lock (_gate) _input = null;
        }

        if (cancellationToken.IsCancellationRequested && errors.Count == 0) errors.Add("Command cancelled.");
        return new CellResult(errors);
    }

    /// <summary>The completions at <paramref name="position"/> in <paramref name="code"/>, from the C# kernel's workspace (earlier cells' variables and packages in scope).</summary>
    public async Task<CompletionsProduced?> CompleteAsync(string code, LinePosition position) =>
        await FirstAsync<CompletionsProduced>(new RequestCompletions(code, position, CSharpKernelName));

    /// <summary>The hover text at <paramref name="position"/> in <paramref name="code"/>: the symbol's signature and documentation.</summary>
    public async Task<HoverTextProduced?> HoverAsync(string code, LinePosition position) =>
        await FirstAsync<HoverTextProduced>(new RequestHoverText(code, position, CSharpKernelName));

    /// <summary>The signatures of the call around <paramref name="position"/> in <paramref name="code"/>.</summary>
    public async Task<SignatureHelpProduced?> SignatureHelpAsync(string code, LinePosition position) =>
        await FirstAsync<SignatureHelpProduced>(new RequestSignatureHelp(code, position, CSharpKernelName));

    /// <inheritdoc/>
    public void Dispose() => _root.Dispose();

    private async Task<T?> FirstAsync<T>(KernelCommand command)
        where T : KernelEvent
    {
        var result = await _root.SendAsync(command, CancellationToken.None);
        return result.Events.OfType<T>().FirstOrDefault();
    }

    /// <summary>One of the running cell's events, as outputs: streams, displays (with their ids), updates, the trailing value, errors.</summary>
    private void Forward(KernelEvent e, SubmitCode submit, ICellOutputs outputs, List<string> errors)
    {
        switch (e)
        {
            case StandardOutputValueProduced stdout:
                outputs.WriteStream("stdout", PlainText(stdout));
                break;
            case StandardErrorValueProduced stderr:
                outputs.WriteStream("stderr", PlainText(stderr));
                break;
            case ErrorProduced error:
                outputs.WriteStream("stderr", error.Message + "\n");
                break;
            case DisplayedValueUpdated updated when updated.ValueId is not null:
                outputs.UpdateDisplay(Bundle(updated), updated.ValueId);
                break;
            case ReturnValueProduced { Value: DisplayedValue }:
                break; // display(x) as the last line: already shown, as the Jupyter host skips it
            case ReturnValueProduced value when IsFrom(value.Command, submit):
                outputs.Result(Bundle(value));
                break;
            case DisplayedValueProduced displayed:
                outputs.Display(Bundle(displayed), displayed.ValueId ?? Guid.NewGuid().ToString("N"));
                break;
            case CommandFailed failed when IsFrom(failed.Command, submit):
                // The first failure is the cell's: a failing part of it fails the whole cell with the same message.
                lock (errors)
                {
                    if (errors.Count == 0) errors.Add(failed.Message);
                }

                break;
        }
    }

    private static string PlainText(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? e.Value?.ToString() ?? "";

    private Dictionary<string, string> Bundle(DisplayEvent e)
    {
        var bundle = e.FormattedValues.Where(v => !v.SuppressDisplay).GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => g.First().Value);
        if (_plainTextAlternative && !bundle.ContainsKey(PlainTextFormatter.MimeType) && e.Value is not (null or string or DisplayedValue))
        {
            try
            {
                bundle[PlainTextFormatter.MimeType] = e.Value.ToDisplayString(PlainTextFormatter.MimeType);
            }
            catch (Exception)
            {
                // A value whose ToString or enumerator throws: its HTML is what there is.
            }
        }

        return bundle;
    }

    /// <summary>Whether <paramref name="command"/> is <paramref name="root"/> or one of the commands it was split into.</summary>
    private static bool IsFrom(KernelCommand? command, SubmitCode root)
    {
        for (var c = command; c is not null; c = c.Parent)
        {
            if (ReferenceEquals(c, root)) return true;
        }

        return false;
    }

    /// <summary>The C# kernel's middleware: counts the handlers of the running cell's commands in flight, so <see cref="RunAsync(string, ICellOutputs, ICellInput?, CancellationToken)"/> can wait for the last.</summary>
    private async Task TrackHandlerAsync(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        lock (_gate)
        {
            if (_inHandler++ == 0) _handlerDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        try
        {
            await next(command, context);
        }
        finally
        {
            lock (_gate)
            {
                if (--_inHandler == 0) _handlerDone.TrySetResult();
            }
        }
    }

    /// <summary>Asks the running cell's front end for a line (<c>Kernel.GetInputAsync</c>, <c>GetPasswordAsync</c>, Console.ReadLine).</summary>
    private async Task AnswerInputAsync(RequestInput request, KernelInvocationContext context)
    {
        ICellInput? input;
        lock (_gate) input = _input;
        if (input is null)
        {
            throw new InputUnavailableException(
                "This cell asked for input, but none can be given here: the notebook runs headless, or the front end did not allow input (allow_stdin).");
        }

        var line = await input.ReadLineAsync(request.Prompt ?? "", request.IsPassword, context.CancellationToken);
        context.Publish(new InputProduced(line, request));
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
