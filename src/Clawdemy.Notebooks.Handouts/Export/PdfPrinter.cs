using System.Diagnostics;
using Clawdemy.Notebooks.Engine.Processes;

namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>Prints handouts to PDF with headless Chromium (Debian's chromium), when it is installed.</summary>
public sealed class PdfPrinter(string chromium)
{
    /// <summary>The browser's path.</summary>
    public string Chromium { get; } = chromium;

    /// <summary>Finds Chromium: CHROMIUM_PATH, else chromium, chromium-browser or google-chrome on the PATH.</summary>
    /// <param name="configured">The configured path; CHROMIUM_PATH when null.</param>
    /// <param name="searchPath">The folders to search, separated as in PATH; PATH when null.</param>
    /// <returns>The printer, or null when no browser is installed.</returns>
    public static PdfPrinter? Find(string? configured = null, string? searchPath = null)
    {
        configured ??= Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (configured is { Length: > 0 } && File.Exists(configured)) return new PdfPrinter(configured);
        var folders = (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        return found is null ? null : new PdfPrinter(found);
    }

    /// <summary>Prints one HTML file to a PDF beside it (same name, .pdf), atomically.</summary>
    /// <exception cref="InvalidOperationException">When Chromium fails; the message names the file.</exception>
    public string Print(string htmlPath)
    {
        var pdf = Path.ChangeExtension(htmlPath, ".pdf");
        var temporary = Path.Combine(Path.GetDirectoryName(pdf)!, $".{Path.GetFileName(pdf)}.{Guid.NewGuid():N}.tmp");
        var profile = Directory.CreateTempSubdirectory("clawdemy-chromium-");
        try
        {
            var start = ChildProcess.StartInfo(Chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile.FullName}",
                "--run-all-compositor-stages-before-draw", "--virtual-time-budget=10000", "--no-pdf-header-footer",
                $"--print-to-pdf={temporary}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            ]);
            using var process = Process.Start(start)!;
            _ = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{htmlPath}: Chromium did not finish printing within 120 s");
            }

            if (!File.Exists(temporary) || new FileInfo(temporary).Length == 0)
            {
                throw new InvalidOperationException($"{htmlPath}: Chromium printed no PDF (exit code {process.ExitCode}): {error.Result.Split('\n').FirstOrDefault()}");
            }

            File.Move(temporary, pdf, overwrite: true);
            return pdf;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            profile.Delete(recursive: true);
        }
    }
}
