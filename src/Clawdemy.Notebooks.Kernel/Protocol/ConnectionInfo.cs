using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Kernel.Protocol;

/// <summary>
/// A Jupyter connection file: the address, the five ports (shell, iopub, stdin, control, heartbeat) and the key that
/// signs every message. Only the tcp transport and the hmac-sha256 scheme are supported; an empty key turns signing off,
/// as jupyter_client allows.
/// </summary>
public sealed record ConnectionInfo(string Ip, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HeartbeatPort, string Key)
{
    /// <summary>The five ports: shell, iopub, stdin, control, heartbeat.</summary>
    public IReadOnlyList<int> Ports => [ShellPort, IopubPort, StdinPort, ControlPort, HeartbeatPort];

    /// <summary>
    /// Whether the ports are reached from this machine only: <c>ip</c> is a loopback address (127.0.0.0/8, ::1) or
    /// "localhost". Any other address (0.0.0.0, "*", a host name, an interface's address) lets other machines reach them.
    /// </summary>
    public bool IsLoopback => Ip.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(Ip, out var address) && System.Net.IPAddress.IsLoopback(address));

    /// <summary>Reads and checks a connection file.</summary>
    /// <exception cref="KernelStartException">The file is missing, not JSON, or asks for what this kernel cannot do.</exception>
    public static ConnectionInfo Load(string path)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new KernelStartException($"{path}: a connection file is a JSON object");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KernelStartException($"{path}: cannot read the connection file: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new KernelStartException($"{path}: the connection file is not valid JSON: {e.Message}");
        }

        string Text(string name, string fallback)
        {
            var node = json[name];
            if (node is null) return fallback;
            return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw new KernelStartException($"{path}: '{name}' must be a string");
        }

        int Port(string name)
        {
            var node = json[name] ?? throw new KernelStartException($"{path}: '{name}' is missing");
            if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var port) || port is < 1 or > 65535)
            {
                throw new KernelStartException($"{path}: '{name}' must be a port number from 1 to 65535");
            }

            return port;
        }

        var transport = Text("transport", "tcp");
        if (transport != "tcp") throw new KernelStartException($"{path}: transport '{transport}' is not supported; use tcp");
        var key = Text("key", "");
        var scheme = Text("signature_scheme", "hmac-sha256");
        if (key.Length > 0 && scheme != "hmac-sha256") throw new KernelStartException($"{path}: signature scheme '{scheme}' is not supported; use hmac-sha256");
        return new ConnectionInfo(
            Text("ip", "127.0.0.1"), Port("shell_port"), Port("iopub_port"), Port("stdin_port"), Port("control_port"), Port("hb_port"), key);
    }
}
