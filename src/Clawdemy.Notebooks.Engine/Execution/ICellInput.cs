namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>Where a running cell's requests for input go: a Jupyter front end's stdin channel.</summary>
public interface ICellInput
{
    /// <summary>Asks for one line of input; <paramref name="password"/> hides what is typed.</summary>
    Task<string> ReadLineAsync(string prompt, bool password, CancellationToken cancellationToken);
}
