using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using Clawdemy.Notebooks.Documents;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Clawdemy.Notebooks.Engine.Hosting;

/// <summary>
/// The magics a Polyglot notebook has from its host rather than from its kernel: <c>#!time</c>, <c>#!lsmagic</c> and
/// <c>#!markdown</c> (Microsoft.DotNet.Interactive.Jupyter's <c>UseDefaultMagicCommands</c>) and <c>#!about</c> (the
/// dotnet-interactive app's). Neither package is on the feed, so they are defined here, on the kernel's own directive
/// API, with the outputs those hosts give: "Wall time: {ms}ms" as text/plain when the cell completes, the directives of
/// each kernel as HTML, the cell's Markdown as HTML (Markdig, as there), and a table of versions.
/// </summary>
internal static class HostMagicCommands
{
    /// <summary>Adds the four magics to <paramref name="root"/> (and <c>#!lsmagic</c> to each of its kernels, as the host does).</summary>
    /// <param name="root">The composite kernel.</param>
    /// <param name="csharpVersion">The C# kernel's language version, for <c>#!about</c>.</param>
    public static void AddTo(CompositeKernel root, string csharpVersion)
    {
        root.AddDirective(new KernelActionDirective("#!time", "Time the execution of the cell"), TimeAsync);
        root.AddDirective(new KernelActionDirective("#!markdown", "Convert the code that follows from Markdown into HTML"), MarkdownAsync);
        root.AddDirective(new KernelActionDirective("#!about", "Show information about this kernel"), (command, context) => AboutAsync(context, csharpVersion));
        foreach (var kernel in root.ChildKernels.Prepend(root))
        {
            kernel.AddDirective(new KernelActionDirective("#!lsmagic", "List the available magic commands / directives"), ListMagicsAsync);
        }
    }

    private static Task TimeAsync(KernelCommand command, KernelInvocationContext context)
    {
        var clock = Stopwatch.StartNew();
        context.OnComplete(done =>
        {
            var elapsed = clock.Elapsed;
            done.Publish(new DisplayedValueProduced(
                elapsed, context.Command, [new FormattedValue("text/plain", $"Wall time: {elapsed.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms")]));
        });
        return Task.CompletedTask;
    }

    private static Task MarkdownAsync(KernelCommand command, KernelInvocationContext context)
    {
        if (context.Command is SubmitCode submit)
        {
            var html = NotebookMarkdown.ToHtml(submit.Code.Replace("#!markdown", "", StringComparison.Ordinal).Trim());
            context.Publish(new DisplayedValueProduced(html, context.Command, [new FormattedValue("text/html", html)]));
            context.Complete(submit);
        }

        return Task.CompletedTask;
    }

    private static Task AboutAsync(KernelInvocationContext context, string csharpVersion)
    {
        static string Version(Assembly assembly) =>
            assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";
        var rows = new[]
        {
            ("Host", $"Clawdemy Notebooks {Version(typeof(HostMagicCommands).Assembly)}"),
            (".NET Interactive", Version(typeof(Kernel).Assembly)),
            ("C#", csharpVersion),
            (".NET", Environment.Version.ToString()),
        };
        var html = "<table><tbody>" + string.Concat(rows.Select(r => $"<tr><td>{WebUtility.HtmlEncode(r.Item1)}</td><td>{WebUtility.HtmlEncode(r.Item2)}</td></tr>")) + "</tbody></table>";
        var plain = string.Join("\n", rows.Select(r => $"{r.Item1}: {r.Item2}"));
        context.Publish(new DisplayedValueProduced(html, context.Command, [new FormattedValue("text/html", html), new FormattedValue("text/plain", plain)]));
        return Task.CompletedTask;
    }

    private static Task ListMagicsAsync(KernelCommand command, KernelInvocationContext context)
    {
        var root = context.HandlingKernel.RootKernel;
        var kernels = new List<Kernel> { root };
        if (root is CompositeKernel composite) kernels.AddRange(composite.ChildKernels);
        var html = string.Concat(kernels.Select(kernel =>
            $"<div><h3>{WebUtility.HtmlEncode(kernel.Name)} kernel</h3><div>"
            + string.Concat(kernel.KernelInfo.SupportedDirectives.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d =>
                $"<div style=\"text-indent:1.5em\"><pre><span style=\"color:#512bd4\">{WebUtility.HtmlEncode(d.Name)}</span></pre><div style=\"text-indent:3em\">{WebUtility.HtmlEncode(d.Description)}</div></div>"))
            + "</div></div>"));
        context.Publish(new DisplayedValueProduced(html, context.Command, [new FormattedValue("text/html", html)]));
        return Task.CompletedTask;
    }
}
