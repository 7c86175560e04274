using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>A cell's input requests, answered by the front end over the stdin channel.</summary>
internal sealed class StdinInput(StdinChannel channel) : ICellInput
{
    public Task<string> ReadLineAsync(string prompt, bool password, CancellationToken cancellationToken) =>
        channel.RequestAsync(prompt, password, cancellationToken);
}
