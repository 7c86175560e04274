using System.Diagnostics;
using System.Globalization;
using Clawdemy.Notebooks.Engine.Documents;
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
public sealed class CSharpKernel
{
    /// <summary>The usings every cell has, as in the Polyglot C# kernel.</summary>
    public static readonly IReadOnlyList<string> DefaultUsings =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
    ];

    private readonly int _maxOutputChars;
    private readonly NuGetRestorer _restorer;
    private readonly Dictionary<string, string?> _packages = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _sources = [];
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    /// <summary>Creates a kernel whose working directory is <paramref name="directory"/> (the notebook's folder).</summary>
    public CSharpKernel(string directory, int maxOutputChars, string? nugetCacheRoot = null)
    {
        _maxOutputChars = maxOutputChars;
        _restorer = new NuGetRestorer(nugetCacheRoot ?? NuGetRestorer.DefaultCacheRoot);
        Directory.SetCurrentDirectory(directory);
        _options = ScriptOptions.Default
            .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Console).Assembly, typeof(KernelFunctions).Assembly,
                typeof(System.Collections.ArrayList).Assembly, typeof(List<>).Assembly, typeof(System.Text.RegularExpressions.Regex).Assembly)
            .WithImports(DefaultUsings.Append("Clawdemy.Notebooks.Engine.Scripting").Append("Clawdemy.Notebooks.Engine.Scripting.KernelFunctions"))
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory))
            .WithSourceResolver(new SourceFileResolver([], directory))
            .WithEmitDebugInformation(false)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        Console.SetOut(new SinkWriter("stdout", () => CellContext.Current));
        Console.SetError(new SinkWriter("stderr", () => CellContext.Current));
    }

    /// <summary>Runs one cell's source.</summary>
    public async Task<CellRun> RunAsync(string source, string defaultKernel = Kernels.CSharp)
    {
        var sink = new CellOutputSink(_maxOutputChars);
        var errors = new List<string>();
        var code = CellCode.Parse(source, defaultKernel);
        var clock = Stopwatch.StartNew();
        CellContext.Current = sink;
        try
        {
            if (code.Problems.Count > 0)
            {
                errors.AddRange(code.Problems);
            }
            else if (code.Kernel == Kernels.Markdown)
            {
                sink.AddDisplay(new Dictionary<string, string> { ["text/html"] = MarkdownRenderer.ToHtml(code.Code) });
            }
            else if (code.Kernel != Kernels.CSharp)
            {
                errors.Add($"(1,1): error: the {code.Kernel} kernel is not available here; this engine runs C# and Markdown cells");
            }
            else
            {
                await RunCSharpAsync(code, sink, errors);
            }
        }
        finally
        {
            Console.Out.Flush();
            CellContext.Current = null;
        }

        if (errors.Count > 0) sink.AddError(string.Join("\n", errors));
        if (code.Timed)
        {
            var ms = clock.Elapsed.TotalMilliseconds.ToString("0.####", CultureInfo.InvariantCulture);
            sink.AddDisplay(new Dictionary<string, string> { ["text/plain"] = $"Wall time: {ms}ms" });
        }

        return new CellRun(sink.ToOutputs(), errors);
    }

    private async Task RunCSharpAsync(CellCode code, CellOutputSink sink, List<string> errors)
    {
        foreach (var source in code.Sources)
        {
            var normalized = Path.IsPathRooted(source) || source.Contains("://") ? source : Path.GetFullPath(source);
            if (!_sources.Contains(normalized)) _sources.Add(normalized);
        }

        if (code.Packages.Count > 0 && !AddPackages(code.Packages, errors)) return;

        var script = _state is null ? CSharpScript.Create(code.Code, _options) : _state.Script.ContinueWith(code.Code, _options);
        var diagnostics = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (diagnostics.Length > 0)
        {
            errors.AddRange(diagnostics.Select(d => d.ToString()));
            return;
        }

        var hasResult = HasTrailingValue(script.GetCompilation());
        var state = _state is null
            ? await script.RunAsync(catchException: _ => true)
            : await script.RunFromAsync(_state, catchException: _ => true);
        _state = state;
        if (state.Exception is { } exception)
        {
            errors.Add(exception.ToString());
            return;
        }

        if (hasResult && state.ReturnValue is not DisplayedValue)
        {
            sink.AddDisplay(ValueFormatter.Format(state.ReturnValue));
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

    private bool AddPackages(IReadOnlyList<PackageReference> packages, List<string> errors)
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
            foreach (var p in fresh)
            {
                _packages[p.Name] = p.Version;
                Console.Out.Write($"Installed package {p.Name} version {p.Version ?? "(latest)"}\n");
            }

            return true;
        }
        catch (InvalidOperationException e)
        {
            errors.Add(e.Message);
            return false;
        }
    }
}
