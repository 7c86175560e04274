using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Engine.Scripting;
using Microsoft.AspNetCore.Html;

// Polyglot's own namespace, so that notebooks written for it compile here unchanged.
namespace Microsoft.DotNet.Interactive;

/// <summary>
/// The part of Polyglot's <c>Kernel</c> class that C# cells call, all of it in scope without a using as in Polyglot:
/// <c>display</c>, <c>HTML</c>, <c>CSS</c>, <c>Javascript</c>, and asking the person at the notebook for input.
/// </summary>
public static class Kernel
{
#pragma warning disable IDE1006 // lower-case name, as in Polyglot Notebooks
    /// <summary>Shows a value as an output of the running cell, now, and returns a handle to update it.</summary>
    /// <param name="value">The value.</param>
    /// <param name="mimeTypes">The MIME types to show it as; the default is the value's preferred ones.</param>
    public static DisplayedValue display(object? value, params string[] mimeTypes) => CellContext.Display(value, mimeTypes);
#pragma warning restore IDE1006

    /// <summary>Raw HTML, shown as text/html as it is.</summary>
    /// <param name="content">The markup.</param>
    public static IHtmlContent HTML(string content) => new HtmlString(content);

    /// <summary>Adds a style sheet to the page the notebook is shown in (an HTML output whose script adds a <c>&lt;style&gt;</c> to the head).</summary>
    /// <param name="content">The CSS.</param>
    public static void CSS(string content) => Javascript($$"""
        var css = `{{content}}`,
        head = document.head || document.getElementsByTagName('head')[0],
        style = document.createElement('style');
        head.appendChild(style);
        style.type = 'text/css';
        style.appendChild(document.createTextNode(css));
        """);

    /// <summary>Runs a script in the page the notebook is shown in: a text/html output holding <c>&lt;script type="text/javascript"&gt;</c>.</summary>
    /// <param name="scriptContent">The script.</param>
    public static void Javascript(string scriptContent) => CellContext.DisplayAs(ScriptHtml(scriptContent), "text/html");

    /// <summary>The HTML that runs a script, as <see cref="Javascript"/> and the <c>#!javascript</c> cell show it.</summary>
    internal static string ScriptHtml(string scriptContent) => $"<script type=\"text/javascript\">{scriptContent}</script>";

    /// <summary>Asks for a line of input (a Jupyter input_request); fails at once where no one can answer.</summary>
    /// <param name="prompt">What is shown beside the input box.</param>
    /// <param name="typeHint">Polyglot's hint for the input's kind; ignored here.</param>
    /// <exception cref="InputUnavailableException">A headless run, or a front end that did not allow stdin.</exception>
    public static Task<string> GetInputAsync(string prompt = "", string? typeHint = null) => CellContext.ReadLineAsync(prompt, password: false);

    /// <summary>Asks for a password: what is typed is hidden, and the value does not print.</summary>
    /// <param name="prompt">What is shown beside the input box.</param>
    /// <exception cref="InputUnavailableException">A headless run, or a front end that did not allow stdin.</exception>
    public static async Task<PasswordString> GetPasswordAsync(string prompt = "") => new(await CellContext.ReadLineAsync(prompt, password: true));
}
