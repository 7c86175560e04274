using Clawdemy.Notebooks.Handouts.Rendering;

namespace Clawdemy.Notebooks.Handouts.Tests.Rendering;

public class CSharpHighlighterTests
{
    [Fact]
    public void Keywords_strings_numbers_and_comments_get_their_classes()
    {
        var html = CSharpHighlighter.ToHtml("var x = 0.5; // half\nstring s = \"hi\";");
        Assert.Contains("<span class=\"tok-keyword\">var</span>", html);
        Assert.Contains("<span class=\"tok-number\">0.5</span>", html);
        Assert.Contains("<span class=\"tok-comment\">// half</span>", html);
        Assert.Contains("<span class=\"tok-keyword\">string</span>", html);
        Assert.Contains("<span class=\"tok-string\">&quot;hi&quot;</span>", html);
    }

    [Fact]
    public void A_comment_before_a_directive_stays_before_it_and_the_text_is_unchanged()
    {
        const string code = "// setup\n#r \"lib.dll\"\nusing System;\nvar a = new List<int>();";
        var html = CSharpHighlighter.ToHtml(code);
        Assert.True(html.IndexOf("// setup", StringComparison.Ordinal) < html.IndexOf("#", StringComparison.Ordinal));
        Assert.Contains("<span class=\"tok-string\">&quot;lib.dll&quot;</span>", html);
        Assert.Contains("<span class=\"tok-type\">List</span>", html);
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
        Assert.Equal(code, text);
    }

    [Fact]
    public void Markup_in_code_is_escaped()
    {
        Assert.Contains("&lt;script&gt;", CSharpHighlighter.ToHtml("var s = \"<script>\";"));
    }
}
