using System.Globalization;
using System.Net;
using Clawdemy.Notebooks.Documents;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>
/// The Polyglot magics one C# kernel can honour: the <c>#!html</c>, <c>#!javascript</c> and <c>#!value</c> cells;
/// <c>#!set</c> and <c>#!share</c> (within this kernel and its values); <c>#!who</c>, <c>#!whos</c>, <c>#!lsmagic</c>,
/// <c>#!about</c>; and the "Installed Packages" display of <c>#r "nuget:"</c>.
/// </summary>
public sealed partial class CSharpKernel
{
    private static readonly string[] MagicHelp =
    [
        "#!about: shows information about this kernel", "#!html: shows the cell as HTML", "#!javascript (#!js): runs the cell as a script in the page",
        "#!lsmagic: lists the magic commands", "#!markdown (#!md): shows the cell as Markdown",
        "#!set --name N --value V|@csharp:X|@value:X: sets a C# variable", "#!share --from csharp|value NAME [--as N]: shares a value as a C# variable",
        "#!time: shows how long the cell took", "#!value --name N [--mime-type M]: stores the cell's text as a value",
        "#!who: lists the C# variables", "#!whos: lists the C# variables with their types and values",
    ];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Runs an <c>#!html</c>, <c>#!javascript</c> or <c>#!value</c> cell; false for any other kernel.</summary>
    private bool RunsOtherKernel(CellCode code, ICellOutputs outputs, List<string> errors)
    {
        switch (code.Kernel)
        {
            case "html":
                outputs.Display(new Dictionary<string, string> { ["text/html"] = code.Code }, NewDisplayId());
                return true;
            case "javascript":
                outputs.Display(new Dictionary<string, string> { ["text/html"] = Microsoft.DotNet.Interactive.Kernel.ScriptHtml(code.Code) }, NewDisplayId());
                return true;
            case "value":
                if (Option(code.KernelArguments, "--name") is not { } name)
                {
                    errors.Add("(1,1): error: #!value needs --name");
                    return true;
                }

                _values[name] = code.Code;
                if (Option(code.KernelArguments, "--mime-type") is { } mime)
                {
                    outputs.Display(new Dictionary<string, string> { [mime] = code.Code }, NewDisplayId());
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Runs the cell's magics in order; false when one failed (its error is added).</summary>
    private async Task<bool> RunMagicsAsync(CellCode code, ICellOutputs outputs, List<string> errors, CancellationToken cancellationToken)
    {
        foreach (var (name, arguments) in code.Magics)
        {
            switch (name)
            {
                case "lsmagic":
                    outputs.Display(Html("<div><h3>csharp kernel</h3><ul>" + string.Concat(MagicHelp.Select(h => $"<li>{WebUtility.HtmlEncode(h)}</li>")) + "</ul></div>"), NewDisplayId());
                    break;
                case "about":
                    var version = typeof(CSharpKernel).Assembly.GetName().Version?.ToString() ?? "";
                    outputs.Display(Html($"<div><h3>Clawdemy Notebooks</h3><p>A C# kernel on Roslyn scripting, compatible with Polyglot Notebooks' C# kernel. Version {version}, C# {LanguageVersion.ToDisplayString()}, .NET {Environment.Version}.</p></div>"), NewDisplayId());
                    break;
                case "who":
                    outputs.Display(Html($"<div class=\"dni-plaintext\"><pre>{WebUtility.HtmlEncode(string.Join("\t", Variables().Select(v => v.Name)))}</pre></div>"), NewDisplayId());
                    break;
                case "whos":
                    var rows = Variables().Select(v => $"<tr><td>{WebUtility.HtmlEncode(v.Name)}</td><td>{WebUtility.HtmlEncode(Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString(v.Type))}</td><td>{WebUtility.HtmlEncode(Describe(v.Value))}</td></tr>");
                    outputs.Display(Html($"<table><thead><tr><th>Variable</th><th>Type</th><th>Value</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table>"), NewDisplayId());
                    break;
                case "set":
                case "share":
                    if (AssignmentOf(name, arguments, errors) is not { } assignment) return false;
                    if (!await RunSubmissionAsync(assignment, errors, cancellationToken)) return false;
                    break;
            }
        }

        return true;
    }

    /// <summary>The C# statement that <c>#!set</c> or <c>#!share</c> stands for, or null (with an error) when it cannot be honoured.</summary>
    private string? AssignmentOf(string magic, IReadOnlyList<string> arguments, List<string> errors)
    {
        string? target;
        string? source;
        if (magic == "set")
        {
            target = Option(arguments, "--name");
            var value = Option(arguments, "--value");
            source = value is null ? null : value.StartsWith('@') ? value[1..] : null;
            if (target is null || value is null)
            {
                errors.Add("(1,1): error: #!set needs --name and --value");
                return null;
            }

            if (source is null) return $"var {target} = {SymbolDisplay.FormatLiteral(value, quote: true)};";
        }
        else
        {
            var from = Option(arguments, "--from");
            var name = arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !arguments[i - 1].StartsWith("--", StringComparison.Ordinal))).LastOrDefault();
            if (from is null || name is null)
            {
                errors.Add("(1,1): error: #!share needs --from KERNEL and a name");
                return null;
            }

            source = $"{from}:{name}";
            target = Option(arguments, "--as") ?? name;
        }

        var colon = source.IndexOf(':');
        var kernel = colon < 0 ? Kernels.CSharp : Kernels.Canonical(source[..colon]);
        var variable = source[(colon + 1)..];
        if (kernel == Kernels.CSharp) return variable == target ? "" : $"var {target} = {variable};";
        if (kernel == "value" && _values.TryGetValue(variable, out var text)) return $"var {target} = {SymbolDisplay.FormatLiteral(text, quote: true)};";
        errors.Add(kernel == "value"
            ? $"(1,1): error: #!{magic}: no value named {variable}"
            : $"(1,1): error: #!{magic}: the {kernel} kernel is not available here; values can come from csharp and value");
        return null;
    }

    private async Task<bool> RunSubmissionAsync(string code, List<string> errors, CancellationToken cancellationToken)
    {
        if (code.Length == 0) return true;
        var script = _state is null ? CSharpScript.Create(code, _options) : _state.Script.ContinueWith(code, _options);
        var diagnostics = script.Compile().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToArray();
        if (diagnostics.Length > 0)
        {
            errors.AddRange(diagnostics.Select(d => d.ToString()));
            return false;
        }

        _state = _state is null
            ? await script.RunAsync(cancellationToken: cancellationToken)
            : await script.RunFromAsync(_state, cancellationToken: cancellationToken);
        return true;
    }

    private IEnumerable<(string Name, Type Type, object? Value)> Variables() =>
        (_state?.Variables ?? []).GroupBy(v => v.Name).Select(g => g.Last()).Select(v => (v.Name, v.Type, (object?)v.Value));

    private static string Describe(object? value)
    {
        try
        {
            return ValueFormatter.PlainText(value);
        }
        catch (Exception e)
        {
            return $"({e.GetType().Name})";
        }
    }

    /// <summary>The "Installed Packages" display of <c>#r "nuget:"</c>: each package of the kernel with the version restored.</summary>
    private void ShowInstalledPackages(IReadOnlyList<string> assemblies, ICellOutputs outputs)
    {
        var installed = _packages.Keys.Select(name => $"{name}, {ResolvedVersion(name, assemblies) ?? _packages[name] ?? "(latest)"}").ToArray();
        var html = "<div><div></div><div></div><div><strong>Installed Packages</strong><ul>"
                   + string.Concat(installed.Select(p => $"<li><span>{WebUtility.HtmlEncode(p)}</span></li>")) + "</ul></div></div>";
        var plain = "Installed Packages\n" + string.Join("\n", installed.Select(p => $" - {p}"));
        outputs.Display(new Dictionary<string, string> { ["text/html"] = html, ["text/plain"] = plain }, NewDisplayId());
    }

    /// <summary>The version folder that follows the package's folder in a restored assembly's path (<c>…/name/1.2.3/lib/…</c>).</summary>
    private static string? ResolvedVersion(string package, IReadOnlyList<string> assemblies)
    {
        foreach (var path in assemblies)
        {
            var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var index = Array.FindLastIndex(parts, p => string.Equals(p, package, StringComparison.OrdinalIgnoreCase));
            if (index >= 0 && index + 1 < parts.Length) return parts[index + 1];
        }

        return null;
    }

    private static string? Option(IReadOnlyList<string> arguments, string option)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == option) return arguments[i + 1].Trim('"');
        }

        return null;
    }

    private static Dictionary<string, string> Html(string html) => new() { ["text/html"] = html };

    private static string NewDisplayId() => Guid.NewGuid().ToString("N");
}
