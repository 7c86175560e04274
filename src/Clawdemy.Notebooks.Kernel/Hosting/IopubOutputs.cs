using System.Text;
using System.Text.Json.Nodes;
using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Kernel.Hosting;

/// <summary>
/// A cell's outputs published on iopub as they happen (ipykernel's <c>iostream.py</c>): Console text is buffered
/// briefly and sent as <c>stream</c> messages, so a loop that prints shows progress without a message per character;
/// displays, updates and the result flush the buffer first so that order is kept.
/// </summary>
internal sealed class IopubOutputs : ICellOutputs, IDisposable
{
    /// <summary>How long Console text may wait before it is sent.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);

    private const int FlushAtChars = 64 * 1024;
    private readonly Action<string, JsonObject> _publish;
    private readonly int _executionCount;
    private readonly bool _silent;
    private readonly StringBuilder _buffer = new();
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private string? _bufferName;
    private bool _closed;

    /// <param name="publish">Publishes a message type and content on iopub, with the request as parent.</param>
    /// <param name="executionCount">The execution count of the request, for execute_result.</param>
    /// <param name="silent">A silent request publishes no result.</param>
    public IopubOutputs(Action<string, JsonObject> publish, int executionCount, bool silent)
    {
        _publish = publish;
        _executionCount = executionCount;
        _silent = silent;
        _timer = new Timer(_ => Flush(), null, FlushInterval, FlushInterval);
    }

    public void WriteStream(string name, string text)
    {
        lock (_gate)
        {
            if (_bufferName != name) FlushLocked();
            _bufferName = name;
            _buffer.Append(text);
            if (_closed || _buffer.Length >= FlushAtChars) FlushLocked();
        }
    }

    public void Display(IReadOnlyDictionary<string, string> data, string displayId) => PublishAfterFlush("display_data", new JsonObject
    {
        ["data"] = MimeBundles.ToData(data),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    });

    public void UpdateDisplay(IReadOnlyDictionary<string, string> data, string displayId) => PublishAfterFlush("update_display_data", new JsonObject
    {
        ["data"] = MimeBundles.ToData(data),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    });

    public void Result(IReadOnlyDictionary<string, string> data)
    {
        if (_silent) return;
        PublishAfterFlush("execute_result", new JsonObject
        {
            ["execution_count"] = _executionCount,
            ["data"] = MimeBundles.ToData(data),
            ["metadata"] = new JsonObject(),
        });
    }

    /// <summary>Sends any buffered Console text now.</summary>
    public void Flush()
    {
        lock (_gate) FlushLocked();
    }

    /// <summary>Stops the timer; text written later (by a thread the cell left running) is still sent, at once.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _closed = true;
            FlushLocked();
        }
    }

    private void PublishAfterFlush(string msgType, JsonObject content)
    {
        lock (_gate)
        {
            FlushLocked();
            _publish(msgType, content);
        }
    }

    private void FlushLocked()
    {
        if (_buffer.Length == 0 || _bufferName is null) return;
        _publish("stream", new JsonObject { ["name"] = _bufferName, ["text"] = _buffer.ToString() });
        _buffer.Clear();
    }
}
