using System.Diagnostics;
using System.Globalization;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Engine.Packages;
using Clawdemy.Notebooks.Engine.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// Runs C# cells in order, state carried from cell to cell, as the Polyglot C# kernel does: the first submission runs,
/// each later one continues from the previous state. Console output, displays, the trailing expression's value and
/// errors become nbformat outputs.
/// </summary>
public sealed partial class CSharpKernel
{
    /// <summary>The usings every cell has, as in the Polyglot C# kernel.</summary>
    public static readonly IReadOnlyList<string> DefaultUsings =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
    ];

    private readonly int _maxOutputBytes;
    private readonly NuGetRestorer _restorer;
    private readonly Dictionary<string, string?> _packages = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _sources = [];
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    /// <summary>
    /// Creates a kernel that resolves <c>#r</c> and <c>#load</c> paths from <paramref name="directory"/> (the notebook's
    /// folder). It changes nothing global: the host that owns the process sets the working directory and calls
    /// <see cref="CaptureConsole"/>.
    /// </summary>
    public CSharpKernel(string directory, int maxOutputBytes, string? nugetCacheRoot = null)
    {
        _maxOutputBytes = maxOutputBytes;
        _restorer = new NuGetRestorer(nugetCacheRoot ?? NuGetRestorer.DefaultCacheRoot);
        var defaults = DefaultReferences().ToArray();
        var known = defaults.OfType<PortableExecutableReference>().Select(r => r.FilePath).ToHashSet(StringComparer.Ordinal);
        _options = ScriptOptions.Default
            .WithReferences(defaults)
            .AddReferences(ExtraReferences().Where(r => r is not PortableExecutableReference { FilePath: { } path } || !known.Contains(path)))
            .AddImports(DefaultUsings.Append("Clawdemy.Notebooks.Engine.Scripting").Append("Microsoft.DotNet.Interactive").Append("Microsoft.DotNet.Interactive.Formatting").Append("Microsoft.DotNet.Interactive.Kernel"))
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory))
            .WithSourceResolver(new SourceFileResolver([], directory))
            .WithEmitDebugInformation(false)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithLanguageVersion(LanguageVersion);
    }

    /// <summary>
    /// Roslyn's default script references, resolved to files once. They come as names (System.Collections, …) that
    /// Roslyn would otherwise resolve again for every cell, about 5 ms a cell (measured; docs/benchmarks.md).
    /// </summary>
    private static IEnumerable<MetadataReference> DefaultReferences() =>
        ScriptOptions.Default.MetadataReferences.SelectMany<MetadataReference, MetadataReference>(reference => reference is UnresolvedMetadataReference unresolved
            ? ScriptMetadataResolver.Default.ResolveReference(unresolved.Reference, null, unresolved.Properties)
            : [reference]);

    /// <summary>
    /// What cells can use beyond Roslyn's default references (which are kept): the BCL facades (netstandard, so that types
    /// such as System.Drawing.Color and System.Data.DataTable compile), the binder of <c>dynamic</c>, and this engine's
    /// Polyglot API.
    /// </summary>
    private static IEnumerable<MetadataReference> ExtraReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] facades = ["netstandard.dll", "System.Runtime.dll", "Microsoft.CSharp.dll", "System.Data.dll", "System.Data.Common.dll", "System.Drawing.dll",
            "System.Drawing.Primitives.dll", "System.Linq.Expressions.dll", "System.Net.Http.dll", "System.Text.Json.dll", "System.Text.RegularExpressions.dll",
            "System.Web.HttpUtility.dll", "System.Text.Encodings.Web.dll", "System.ComponentModel.Primitives.dll", "System.Numerics.dll", "System.Runtime.Numerics.dll",
            "System.Xml.dll", "System.Xml.Linq.dll", "System.Xml.ReaderWriter.dll", "System.Collections.dll", "System.Console.dll", "System.Linq.dll", "System.IO.dll"];
        foreach (var facade in facades)
        {
            var path = Path.Combine(framework, facade);
            if (File.Exists(path)) yield return MetadataReference.CreateFromFile(path);
        }

        yield return MetadataReference.CreateFromFile(typeof(CSharpKernel).Assembly.Location);
    }

    /// <summary>The script options every cell is compiled with (references, imports, language version): for a benchmark's bare Roslyn baseline on equal terms.</summary>
    public ScriptOptions Options => _options;

    /// <summary>The C# language version cells are compiled with.</summary>
    public static Microsoft.CodeAnalysis.CSharp.LanguageVersion LanguageVersion => Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp14;

    /// <summary>
    /// Points Console.Out and Console.Error at the running cell's outputs, for the rest of the process: what cells write
    /// goes to their outputs, what no cell writes is dropped. For a process that exists to run cells.
    /// </summary>
    public static void CaptureConsole()
    {
        Console.SetOut(new SinkWriter("stdout"));
        Console.SetError(new SinkWriter("stderr"));
        Console.SetIn(new CellInputReader());
    }

    /// <summary>Compiles and runs a throwaway one-line script with the cells' options, so that the first real cell does not pay for loading and JIT-compiling Roslyn. The kernel's state is not touched.</summary>
    public async Task WarmUpAsync() => await CSharpScript.Create("1 + 1", _options).RunAsync();

    /// <summary>
    /// The compilation of <paramref name="source"/> as the next cell, continued from the kernel's state (its directive
    /// lines blanked), for editing help: nothing runs and the state is not touched.
    /// </summary>
    public Compilation CompilationOf(string source)
    {
        var code = CellCode.Parse(source, Kernels.CSharp).Code;
        var script = _state is null ? CSharpScript.Create(code, _options) : _state.Script.ContinueWith(code, _options);
        return script.GetCompilation();
    }

    /// <summary>Runs one cell's source and collects its outputs in the shape Polyglot saves them.</summary>
    public async Task<CellRun> RunAsync(string source, string defaultKernel = Kernels.CSharp)
    {
        var sink = new CellOutputSink(_maxOutputBytes);
        var result = await RunAsync(source, sink, defaultKernel);
        if (result.Failed) sink.AddError(result.Message);
        return new CellRun(sink.ToOutputs(), result.Errors);
    }

    /// <summary>
    /// Runs one cell's source; its outputs go to <paramref name="outputs"/> as they happen, and its errors come back in
    /// the result (the caller shows them: a saved error output, a Jupyter error message).
    /// </summary>
    /// <param name="source">The cell's text.</param>
    /// <param name="outputs">Where its outputs go.</param>
    /// <param name="defaultKernel">The cell's kernel when its first line names none.</param>
    /// <param name="input">Where its requests for input go; null where no one can answer (they fail at once).</param>
    /// <param name="cancellationToken">Cancelled on interrupt; the cell sees it as <c>KernelInvocationContext.Current.CancellationToken</c>.</param>
    public async Task<CellResult> RunAsync(
        string source, ICellOutputs outputs, string defaultKernel = Kernels.CSharp, ICellInput? input = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>();
        var code = CellCode.Parse(source, defaultKernel);
        var clock = Stopwatch.StartNew();
        CellContext.Enter(outputs, input, cancellationToken);
        try
        {
            if (code.Problems.Count > 0)
            {
                errors.AddRange(code.Problems);
            }
            else if (code.Kernel == Kernels.Markdown)
            {
                outputs.Display(new Dictionary<string, string> { ["text/html"] = NotebookMarkdown.ToHtml(code.Code) }, Guid.NewGuid().ToString("N"));
            }
            else if (RunsOtherKernel(code, outputs, errors))
            {
            }
            else if (code.Kernel != Kernels.CSharp)
            {
                errors.Add($"(1,1): error: the {code.Kernel} kernel is not available here; this engine runs C# and Markdown cells");
            }
            else
            {
                await RunCSharpAsync(code, outputs, errors, cancellationToken);
            }
        }
        finally
        {
            Console.Out.Flush();
        }

        if (code.Timed)
        {
            var ms = clock.Elapsed.TotalMilliseconds.ToString("0.####", CultureInfo.InvariantCulture);
            outputs.Display(new Dictionary<string, string> { ["text/plain"] = $"Wall time: {ms}ms" }, Guid.NewGuid().ToString("N"));
        }

        return new CellResult(errors);
    }

    private async Task RunCSharpAsync(CellCode code, ICellOutputs outputs, List<string> errors, CancellationToken cancellationToken)
    {
        foreach (var source in code.Sources)
        {
            var normalized = Path.IsPathRooted(source) || source.Contains("://") ? source : Path.GetFullPath(source);
            if (!_sources.Contains(normalized)) _sources.Add(normalized);
        }

        if (code.Packages.Count > 0 && !AddPackages(code.Packages, outputs, errors)) return;
        if (!await RunMagicsAsync(code, outputs, errors, cancellationToken)) return;

        var script = _state is null ? CSharpScript.Create(code.Code, _options) : _state.Script.ContinueWith(code.Code, _options);
        var diagnostics = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (diagnostics.Length > 0)
        {
            errors.AddRange(diagnostics.Select(d => d.ToString()));
            return;
        }

        var hasResult = HasTrailingValue(script.GetCompilation());
        var state = _state is null
            ? await script.RunAsync(catchException: _ => true, cancellationToken: cancellationToken)
            : await script.RunFromAsync(_state, catchException: _ => true, cancellationToken: cancellationToken);
        _state = state;
        if (state.Exception is { } exception)
        {
            errors.Add(exception.ToString());
            return;
        }

        if (hasResult && state.ReturnValue is not DisplayedValue)
        {
            IReadOnlyDictionary<string, string> bundle;
            try
            {
                bundle = ValueFormatter.Format(state.ReturnValue);
            }
            catch (Exception e)
            {
                // The value's formatter, ToString or enumerator threw: this cell fails, the kernel goes on.
                errors.Add(e.ToString());
                return;
            }

            outputs.Result(bundle);
        }
    }

    /// <summary>Whether the cell ends in an expression without a semicolon whose type is not void: its value is displayed.</summary>
    private static bool HasTrailingValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Last();
        var last = tree.GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().LastOrDefault();
        if (last?.Statement is not Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement) return false;
        if (last != tree.GetRoot().ChildNodes().LastOrDefault()) return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private bool AddPackages(IReadOnlyList<PackageReference> packages, ICellOutputs outputs, List<string> errors)
    {
        foreach (var p in packages)
        {
            if (_packages.TryGetValue(p.Name, out var added) && !string.Equals(added, p.Version, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{p.Name} version {p.Version ?? "(latest)"} cannot be added because version {added ?? "(latest)"} was added previously.");
                return false;
            }
        }

        var fresh = packages.Where(p => !_packages.ContainsKey(p.Name)).ToArray();
        if (fresh.Length == 0) return true;
        try
        {
            var all = _packages.Select(p => new PackageReference(p.Key, p.Value)).Concat(fresh).ToArray();
            var assemblies = _restorer.Restore(all, _sources);
            _options = _options.AddReferences(assemblies.Select(a => MetadataReference.CreateFromFile(a)));
            foreach (var p in fresh) _packages[p.Name] = p.Version;
            ShowInstalledPackages(assemblies, outputs);

            return true;
        }
        catch (InvalidOperationException e)
        {
            errors.Add(e.Message);
            return false;
        }
    }
}
