using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Documents;
using Clawdemy.Notebooks.Platform.Files;
using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>
/// Prints handouts to PDF with headless Chromium (Debian's chromium), when it is installed, with the network off: every
/// host name resolves to nothing without a DNS query and every connection goes to a closed local port. The PDF is kept
/// only if Chromium printed the handout itself (its title is in the PDF), never an error page or a page it was sent to.
/// Chromium's profile lives in a temporary folder removed when printing ends; one left by a killed export is removed by
/// the next print.
/// </summary>
public sealed partial class PdfPrinter(string chromium, IReadOnlyList<string>? extraArguments = null)
{
    private const string ProfilePrefix = "clawdemy-chromium-";

    /// <summary>The longest Chromium may take to print one handout before it is ended and the export fails: 120 s.</summary>
    private static readonly TimeSpan PrintTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The browser's path.</summary>
    public string Chromium { get; } = chromium;

    /// <summary>Prints one HTML handout to a PDF beside it (same name, .pdf), atomically.</summary>
    /// <param name="htmlPath">The handout.</param>
    /// <param name="paper">The paper size.</param>
    /// <exception cref="InvalidOperationException">When Chromium fails or prints something else than the handout; the message names the file.</exception>
    public string Print(string htmlPath, PaperSize paper = PaperSize.A4)
    {
        CleanStaleProfiles();
        var pdf = Path.ChangeExtension(htmlPath, ".pdf");
        var html = File.ReadAllText(htmlPath);
        var title = TitleOf(html);
        var profile = Directory.CreateTempSubdirectory($"{ProfilePrefix}{Environment.ProcessId}-");
        try
        {
            // A copy to print, on the chosen paper, with its links still pointing at the handouts beside the original.
            var copy = Path.Combine(profile.FullName, Path.GetFileName(htmlPath));
            File.WriteAllText(copy, PrintCopy(html, paper, Path.GetDirectoryName(Path.GetFullPath(htmlPath))!), new UTF8Encoding(false));
            AtomicFile.Write(pdf, temporary => Run(htmlPath, copy, temporary, profile.FullName, title));
            return pdf;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Removes the profile folders of printers whose process is gone (a killed export); returns how many.</summary>
    public static int CleanStaleProfiles()
    {
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), ProfilePrefix + "*"))
        {
            var pid = ProfilePid().Match(Path.GetFileName(folder));
            if (!pid.Success || ChildProcess.IsRunning(int.Parse(pid.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another clean got there first, or it is not ours to remove.
            }
        }

        return removed;
    }

    private void Run(string htmlPath, string copy, string output, string profile, string title)
    {
        var start = ChildProcess.StartInfo(Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions", $"--user-data-dir={profile}",
            // The network off: no name resolves (and none is looked up), no connection leaves the machine.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000", "--no-pdf-header-footer",
            .. extraArguments ?? [],
            $"--print-to-pdf={output}", new Uri(copy).AbsoluteUri,
        ]);
        var result = ChildProcess.Run(start, PrintTimeout, outputLimit: 64 * 1024);
        if (result.TimedOut) throw new InvalidOperationException($"{htmlPath}: Chromium did not finish printing within {PrintTimeout.TotalSeconds:0} s");
        if (!File.Exists(output) || new FileInfo(output).Length == 0)
        {
            StopSignals.ThrowIfEndedByStopSignal(result.ExitCode, "Chromium");
            throw new InvalidOperationException($"{htmlPath}: Chromium printed no PDF (exit code {result.ExitCode}): {result.Error.Split('\n').FirstOrDefault()}");
        }

        var printed = PrintedTitle(File.ReadAllBytes(output));
        if (printed != title)
        {
            throw new InvalidOperationException($"{htmlPath}: Chromium printed a page that is not the handout (titled \"{printed}\" instead of \"{title}\"); no PDF was written");
        }
    }

    /// <summary>The handout with its paper size and with relative links made absolute (to the folder it was exported to).</summary>
    private static string PrintCopy(string html, PaperSize paper, string folder)
    {
        var size = paper == PaperSize.Letter ? "letter" : "A4";
        var baseUri = new Uri(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar).AbsoluteUri;
        html = RelativeHref().Replace(html, m => $"href=\"{baseUri}{m.Groups["path"].Value}\"");
        var head = html.IndexOf("</head>", StringComparison.Ordinal);
        return head < 0 ? html : html.Insert(head, $"<style>@page {{ size: {size}; margin: 16mm 14mm; }}</style>\n");
    }

    /// <summary>The title a browser shows for the page: the &lt;title&gt; decoded, its white space collapsed.</summary>
    private static string TitleOf(string html)
    {
        var title = TitleElement().Match(html);
        return title.Success ? Regex.Replace(WebUtility.HtmlDecode(title.Groups[1].Value), @"\s+", " ").Trim() : "";
    }

    /// <summary>The document title Chromium wrote in the PDF's information dictionary, decoded.</summary>
    private static string? PrintedTitle(byte[] pdf)
    {
        var match = PdfTitle().Match(Encoding.Latin1.GetString(pdf));
        if (!match.Success) return null;
        if (match.Groups["hex"].Success)
        {
            var bytes = Convert.FromHexString(match.Groups["hex"].Value);
            return bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
        }

        return Regex.Replace(match.Groups["text"].Value, @"\\(.)", "$1");
    }

    [GeneratedRegex(@"^clawdemy-chromium-(\d+)-")]
    private static partial Regex ProfilePid();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"/Title\s*(?:\((?<text>(?:\\.|[^\\)])*)\)|<(?<hex>[0-9A-Fa-f]*)>)")]
    private static partial Regex PdfTitle();

    [GeneratedRegex("href=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:|#|/)(?<path>[^\"]*)\"")]
    private static partial Regex RelativeHref();
}
