using System.Text.Json;
using System.Text.RegularExpressions;

namespace Clawdemy.Notebooks.Testing;

/// <summary>
/// Reads a Chromium net log (<c>--log-net-log</c>): every host name the browser asked its resolver for, whether the
/// lookup came from a request, a preconnect or a DNS prefetch. A log cut short by the browser's exit is read too.
/// </summary>
public static class NetLog
{
    /// <summary>
    /// The browser's own services, which Debian's Chromium contacts whatever page it shows (component updates, account
    /// checks), even with background networking disabled; never a page's doing.
    /// </summary>
    private static readonly string[] BrowserServiceDomains = [".google.com", ".googleapis.com"];

    /// <summary>The host names looked up, without the browser's own services, from the log at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> PageLookups(string path) =>
        HostLookups(path).Where(h => !BrowserServiceDomains.Any(d => h.EndsWith(d, StringComparison.OrdinalIgnoreCase))).Distinct().ToArray();

    /// <summary>
    /// How many host names were really resolved (a DNS or system resolver task ran): a name mapped away by
    /// <c>--host-resolver-rules</c> is asked for but never resolved, and is not counted.
    /// </summary>
    public static int Resolutions(string path)
    {
        using var log = Parse(File.ReadAllText(path).TrimEnd());
        var types = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").EnumerateObject()
            .Where(t => t.Name is "HOST_RESOLVER_DNS_TASK" or "HOST_RESOLVER_SYSTEM_TASK" or "HOST_RESOLVER_IMPL_PROC_TASK")
            .Select(t => t.Value.GetInt32())
            .ToHashSet();
        return log.RootElement.GetProperty("events").EnumerateArray().Count(e => types.Contains(e.GetProperty("type").GetInt32()));
    }

    /// <summary>The host names looked up (scheme removed), in order, from the log at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> HostLookups(string path)
    {
        using var log = Parse(File.ReadAllText(path).TrimEnd());
        var types = log.RootElement.GetProperty("constants").GetProperty("logEventTypes").EnumerateObject()
            .Where(t => t.Name.StartsWith("HOST_RESOLVER", StringComparison.Ordinal))
            .Select(t => t.Value.GetInt32())
            .ToHashSet();
        var hosts = new List<string>();
        foreach (var entry in log.RootElement.GetProperty("events").EnumerateArray())
        {
            if (!types.Contains(entry.GetProperty("type").GetInt32()) || !entry.TryGetProperty("params", out var parameters)) continue;
            if (parameters.TryGetProperty("host", out var host) && host.ValueKind == JsonValueKind.String) hosts.Add(Regex.Replace(host.GetString()!, "^[a-z]+://", ""));
        }

        return hosts;
    }

    private static JsonDocument Parse(string text)
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true };
        try
        {
            return JsonDocument.Parse(text, options);
        }
        catch (JsonException)
        {
            return JsonDocument.Parse(text.TrimEnd(',') + "]}", options); // the events list was still open when the browser exited
        }
    }
}
