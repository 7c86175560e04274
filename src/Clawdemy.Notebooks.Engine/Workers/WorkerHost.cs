using System.Text;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Workers;

/// <summary>The worker side: reads one notebook request on stdin, runs its cells, reports each on stdout.</summary>
public static class WorkerHost
{
    /// <summary>Runs the request read from <paramref name="input"/>, writing protocol lines to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        var protocol = new StreamWriter(output, new UTF8Encoding(false)) { AutoFlush = true };
        var request = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
        var directory = (string)request["directory"]!;
        Directory.SetCurrentDirectory(directory);
        CSharpKernel.CaptureConsole();
        var kernel = new CSharpKernel(directory, (int)request["maxOutputChars"]!);
        var stopOnError = (bool)request["stopOnError"]!;
        foreach (var cell in request["cells"]!.AsArray().Select(c => c!.AsObject()))
        {
            var index = (int)cell["index"]!;
            await protocol.WriteLineAsync(WorkerMessages.Start(index));
            var run = await kernel.RunAsync((string)cell["source"]!, (string)cell["kernel"]!);
            var outputs = new JsonArray(run.Outputs.Select(o => (JsonNode)o.ToJson()).ToArray());
            await protocol.WriteLineAsync(WorkerMessages.End(index, outputs, run.Errors));
            if (run.Failed && stopOnError) break;
        }

        await protocol.WriteLineAsync(WorkerMessages.Done());
        return 0;
    }
}
