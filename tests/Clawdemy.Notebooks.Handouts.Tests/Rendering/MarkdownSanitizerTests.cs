using Clawdemy.Notebooks.Handouts.Assets;
using Clawdemy.Notebooks.Handouts.Rendering;

namespace Clawdemy.Notebooks.Handouts.Tests.Rendering;

public class MarkdownSanitizerTests
{
    private const string ExternalLink = "<a href=\"https://example.org/\">x</a>";

    /// <summary>
    /// Every case's input sanitised in one Node run, as an export sanitises all its fragments at once (each fragment
    /// on its own): one Node and jsdom start for the class instead of one per case.
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Sanitized = new(() =>
    {
        var inputs = typeof(MarkdownSanitizerTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().SelectMany(a => a.GetData(m)))
            .Select(data => (string)data[0]).Append(ExternalLink).Distinct(StringComparer.Ordinal).ToArray();
        var outputs = new MarkdownSanitizer(FrontEndAssets.Locate()).Sanitize(inputs);
        return inputs.Zip(outputs).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    });

    private static string Sanitize(string html) => Sanitized.Value[html];

    [Theory]
    [InlineData("<p>a<script>alert(1)</script></p>", "<script")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<a href=\"data:text/html,hi\">x</a>", "data:")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=https://e.example/\">", "<meta")]
    [InlineData("<base href=\"https://e.example/\">", "<base")]
    [InlineData("<form action=\"https://e.example/\"><input name=\"q\"></form>", "e.example")]
    [InlineData("<iframe src=\"https://e.example/\"></iframe>", "<iframe")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://e.example/x.css\">", "<link")]
    [InlineData("<style>@import url(https://e.example/x.css);</style>", "e.example")]
    [InlineData("<img src=\"https://e.example/x.png\">", "e.example")]
    [InlineData("<img srcset=\"https://e.example/x.png 2x\">", "e.example")]
    [InlineData("<div style=\"background:url(https://e.example/x.png)\">x</div>", "e.example")]
    [InlineData("<svg><image href=\"https://e.example/x.png\"/></svg>", "e.example")]
    [InlineData("<a href=\"https://ok.example/\" ping=\"https://e.example/\">x</a>", "e.example")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "onerror")]
    public void What_could_run_fetch_or_leave_the_page_is_removed(string html, string gone)
    {
        Assert.DoesNotContain(gone, Sanitize(html), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<h2 id=\"weights\">Weights</h2>")]
    [InlineData("<table>\n<thead>\n<tr>\n<th>w</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>0.3</td>\n</tr>\n</tbody>\n</table>")]
    [InlineData("<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\"></p>")]
    [InlineData("<p><a href=\"#weights\">up</a> <a href=\"02_bias.html\">next</a> <a href=\"mailto:t@school.example\">mail</a></p>")]
    [InlineData("<pre><code class=\"language-csharp\">var z = 0.19;\n</code></pre>")]
    [InlineData("<ul>\n<li><strong>bold</strong> and <em>em</em></li>\n</ul>")]
    public void What_a_lesson_needs_stays_as_it_was(string html)
    {
        Assert.Equal(html, Sanitize(html));
    }

    [Fact]
    public void An_external_link_stays_and_opens_without_a_referrer()
    {
        Assert.Equal("<a href=\"https://example.org/\" rel=\"noopener noreferrer\">x</a>", Sanitize(ExternalLink));
    }
}
