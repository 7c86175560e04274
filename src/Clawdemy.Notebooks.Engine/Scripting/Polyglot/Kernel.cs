using Clawdemy.Notebooks.Engine.Execution;

// Polyglot's own namespace, so that notebooks written for it compile here unchanged.
namespace Microsoft.DotNet.Interactive;

/// <summary>The part of Polyglot's <c>Kernel</c> class that C# cells call: asking the person at the notebook for input.</summary>
public static class Kernel
{
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
