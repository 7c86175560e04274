using System.Diagnostics;
using System.Threading.Channels;

namespace Clawdemy.Notebooks.Zmtp.Tests;

/// <summary>A libzmq 4.3 peer: a short pyzmq script under Debian's /usr/bin/python3, given the port; what it prints is its report.</summary>
internal sealed class PyZmqPeer : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly Task<string> _stderr;

    private PyZmqPeer(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) _lines.Writer.TryComplete();
            else _lines.Writer.TryWrite(e.Data);
        };
        process.BeginOutputReadLine();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static PyZmqPeer Start(string script, int port = 0)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import sys, zmq\nport = int(sys.argv[1])\nctx = zmq.Context()\n" + script);
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new PyZmqPeer(Process.Start(start)!);
    }

    /// <summary>The next line the script prints (a port it bound, say).</summary>
    public async Task<string> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _lines.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Waits for the script to end and returns the lines it printed since, joined; fails the test if it failed or hung.</summary>
    public async Task<string> OutputAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        Assert.True(_process.ExitCode == 0, $"the pyzmq peer failed: {await _stderr}");
        var lines = new List<string>();
        await foreach (var line in _lines.Reader.ReadAllAsync(timeout.Token)) lines.Add(line);
        return string.Join("\n", lines).Trim();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
