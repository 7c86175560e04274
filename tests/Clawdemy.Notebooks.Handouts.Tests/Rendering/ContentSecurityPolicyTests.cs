using System.Security.Cryptography;
using System.Text;
using Clawdemy.Notebooks.Handouts.Rendering;

namespace Clawdemy.Notebooks.Handouts.Tests.Rendering;

public class ContentSecurityPolicyTests
{
    [Fact]
    public void A_script_is_hashed_as_the_browser_reads_it_with_its_newlines_normalised()
    {
        // The HTML parser turns CR LF and lone CR into LF before the browser hashes a script's text.
        var expected = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("a();\nb();\n")))}'";
        Assert.Equal([expected], ContentSecurityPolicy.ScriptHashesOf("<div></div><script>a();\r\nb();\r</script>"));
    }

    [Fact]
    public void Only_inline_scripts_get_a_hash()
    {
        Assert.Empty(ContentSecurityPolicy.ScriptHashesOf("<p>no script</p>"));
        Assert.Empty(ContentSecurityPolicy.ScriptHashesOf("<script src=\"https://cdn.example/x.js\"></script>"));
        Assert.Equal(2, ContentSecurityPolicy.ScriptHashesOf("<script>1</script><svg><script>2</script></svg>").Count);
    }

    [Fact]
    public void Without_scripts_none_may_run_and_with_them_only_theirs_in_a_stable_order()
    {
        Assert.StartsWith("default-src 'none'; script-src 'none'; ", ContentSecurityPolicy.For([]));
        var policy = ContentSecurityPolicy.For(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);
        Assert.StartsWith("default-src 'none'; script-src 'sha256-a' 'sha256-b'; ", policy);
        Assert.DoesNotContain("unsafe", policy.Split("; ").Single(d => d.StartsWith("script-src", StringComparison.Ordinal)));
    }
}
