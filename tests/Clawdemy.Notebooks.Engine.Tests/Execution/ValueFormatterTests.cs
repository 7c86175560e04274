using Clawdemy.Notebooks.Engine.Execution;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

public class ValueFormatterTests
{
    [Fact]
    public void Strings_are_plain_text_only()
    {
        var bundle = ValueFormatter.Format("hello");
        Assert.Equal("hello", Assert.Single(bundle).Value);
        Assert.Equal("text/plain", bundle.Keys.Single());
    }

    [Fact]
    public void Numbers_show_as_html_and_plain_text_in_the_invariant_culture()
    {
        var bundle = ValueFormatter.Format(0.5);
        Assert.Equal("0.5", bundle["text/plain"]);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>0.5</pre></div>", bundle["text/html"]);
    }

    [Fact]
    public void Null_shows_as_null()
    {
        Assert.Equal("<null>", ValueFormatter.Format(null)["text/plain"]);
    }

    [Fact]
    public void An_object_shows_its_properties_as_a_table()
    {
        var html = ValueFormatter.Format(new Point(1, 2))["text/html"];
        Assert.Contains("<th>X</th>", html);
        Assert.Contains("<td>2</td>", html);
    }

    [Fact]
    public void A_type_with_a_formatter_source_attribute_is_formatted_by_its_own_formatter()
    {
        var bundle = ValueFormatter.Format(new Fancy("z"));
        Assert.Equal("<em>fancy z</em>", bundle["text/html"]);
    }

    [Fact]
    public void A_formatter_that_passes_leaves_the_value_to_the_default()
    {
        var bundle = ValueFormatter.Format(new Fancy("pass"));
        Assert.StartsWith("<div class=\"dni-plaintext\">", bundle["text/html"]);
    }

    public sealed class Point(int x, int y)
    {
        public int X => x;

        public int Y => y;
    }

    [TypeFormatterSource(typeof(FancyFormatterSource))]
    public sealed record Fancy(string Name);

    [AttributeUsage(AttributeTargets.Class)]
    internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
    {
        public Type FormatterSourceType { get; } = formatterSourceType;
    }

    internal sealed class FancyFormatterSource
    {
        public IEnumerable<object> CreateTypeFormatters() => [new FancyFormatter()];
    }

    internal sealed class FancyFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not Fancy { Name: not "pass" } fancy) return false;
            writer.Write($"<em>fancy {fancy.Name}</em>");
            return true;
        }
    }
}
