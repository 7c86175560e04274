using System.Text.RegularExpressions;
using Clawdemy.Notebooks.Handouts.Rendering;

namespace Clawdemy.Notebooks.Handouts.Tests.Browser;

/// <summary>
/// A notebook written to attack whoever opens its handout (hostile.ipynb), exported and opened in Chromium with every
/// request intercepted and the net log recording each host name looked up.
/// </summary>
public class HostileHandoutTests(HostileExport export) : IClassFixture<HostileExport>
{
    /// <summary>Long enough for a refresh of 0 s, a failed image's onerror and a prefetch to have happened.</summary>
    private const int SettleMilliseconds = 1500;

    [Fact]
    public async Task No_script_from_the_markdown_runs_and_opening_the_page_makes_no_request_and_no_dns_lookup()
    {
        var netLog = Path.Combine(RepoPaths.TempFolder(), "netlog.json");
        List<string> requests;
        await using (var chromium = await Chromium.StartAsync(netLog))
        {
            await using var opened = await chromium.OpenAsync(export.Page);
            var page = opened.Page;
            await page.WaitForTimeoutAsync(SettleMilliseconds);
            await page.ClickAsync("#js-link");
            await page.Locator("details summary").ClickAsync();
            await page.WaitForTimeoutAsync(200);

            Assert.Equal(new Uri(export.Page).AbsoluteUri, page.Url);
            Assert.Null(await page.EvaluateAsync<string?>("() => window.pwned ?? null"));
            Assert.Equal("trusted script ran", await page.TextContentAsync("#trusted"));
            Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelectorAll('.katex-html').length"));
            requests = opened.NetworkRequests.ToList();
        }

        Assert.True(requests.Count == 0, string.Join("\n", requests));
        var lookups = NetLog.PageLookups(netLog);
        Assert.True(lookups.Count == 0, string.Join("\n", lookups));
    }

    [Fact]
    public async Task The_dns_check_sees_the_lookups_of_a_page_without_the_handouts_protections()
    {
        var page = Path.Combine(RepoPaths.TempFolder(), "unprotected.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><body><img src=\"https://img.attacker.example/x.png\"></body></html>");
        var netLog = Path.Combine(RepoPaths.TempFolder(), "netlog.json");
        await using (var chromium = await Chromium.StartAsync(netLog))
        {
            await using var opened = await chromium.OpenAsync(page, interceptRequests: false);
            await opened.Page.WaitForTimeoutAsync(SettleMilliseconds);
        }

        Assert.Contains(NetLog.PageLookups(netLog), h => h.EndsWith(".attacker.example", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_attack_is_gone_from_the_page_and_no_attacker_host_is_left_in_it()
    {
        // The page without the code cells' sources (the code, escaped, as written) and the trusted output's own script.
        var main = Regex.Replace(Regex.Match(export.Html, "<main>.*</main>", RegexOptions.Singleline).Value,
            "<pre><code class=\"language-csharp\">.*?</code></pre>|<div id=\"trusted\">.*?</script>", "", RegexOptions.Singleline);
        Assert.DoesNotMatch(@"[a-z-]+\.attacker\.example", export.Html);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+=", main); // no event handler on any element
        Assert.DoesNotMatch(@"<[^>]*\s(href|src)=""(javascript|data:text)", main);
        foreach (var gone in new[] { "<script", "<meta", "<base", "<form", "<input", "<iframe", "<object", "<embed", "<link", "<style", "<video", "srcset=", "ping=", "url(" })
        {
            Assert.DoesNotContain(gone, main, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void What_markdown_may_hold_stays_headings_tables_embedded_images_links_and_math()
    {
        Assert.Contains("<h2 id=\"what-must-stay\">What must stay</h2>", export.Html);
        Assert.Matches("<table>.*<td>0.5</td>", Regex.Replace(export.Html, @"\s+", " "));
        Assert.Contains("<img src=\"data:image/png;base64,iVBORw0KGgo", export.Html);
        Assert.Contains("<a href=\"https://example.org/course\" rel=\"noopener noreferrer\">link to the course</a>", export.Html);
        Assert.Contains("<a href=\"#a-hostile-handout\">", export.Html);
        Assert.Contains("<span class=\"katex\">", export.Html);
        Assert.Contains("<strong>Markdown from code</strong>", export.Html);
    }

    [Fact]
    public void The_policy_allows_only_the_trusted_output_script_by_hash_and_never_unsafe_inline()
    {
        var policy = Regex.Match(export.Html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        var trusted = "document.getElementById('trusted').textContent = 'trusted script ran';";
        Assert.Equal(ContentSecurityPolicy.For([ContentSecurityPolicy.HashOf(trusted)]), policy);
        Assert.Matches(@"script-src 'sha256-[A-Za-z0-9+/]{43}=';", policy);
        Assert.DoesNotContain("unsafe-inline';", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)) + ";");
        Assert.Contains("base-uri 'none'", policy);
        Assert.Contains("form-action 'none'", policy);
    }

    [Fact]
    public async Task A_script_slipped_into_a_page_after_export_is_blocked_by_the_policy()
    {
        var tampered = Path.Combine(RepoPaths.TempFolder(), "tampered.html");
        await File.WriteAllTextAsync(tampered, export.Html.Replace("<main>", "<main><script>window.pwned = 'tampered';</script><img src=\"x\" onerror=\"window.pwned = 'tampered-onerror'\">"));
        var chromium = await Chromium.SharedAsync();
        await using var opened = await chromium.OpenAsync(tampered);
        await opened.Page.WaitForTimeoutAsync(300);
        Assert.Null(await opened.Page.EvaluateAsync<string?>("() => window.pwned ?? null"));
        Assert.Equal("trusted script ran", await opened.Page.TextContentAsync("#trusted"));
    }

    [Fact]
    public async Task With_trust_markdown_the_markdown_keeps_its_scripts_and_they_run()
    {
        var notebook = NotebookDocument.Parse(
            """{"cells": [{"cell_type": "markdown", "id": "a1", "metadata": {}, "source": "# Trusted\n\n<script>window.pwned = 'trusted markdown';</script>"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""",
            "trusted.ipynb");
        var page = Path.Combine(RepoPaths.TempFolder(), "trusted.html");
        await File.WriteAllTextAsync(page, Fixtures.Render(new HandoutOptions(TrustMarkdown: true), notebook).Pages.Single().Html);
        var chromium = await Chromium.SharedAsync();
        await using var opened = await chromium.OpenAsync(page);
        Assert.Equal("trusted markdown", await opened.Page.EvaluateAsync<string?>("() => window.pwned ?? null"));
    }
}
