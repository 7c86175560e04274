using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Engine.Tests.Corpus;
using Microsoft.DotNet.Interactive.Formatting;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

/// <summary>
/// One test per case of the default views. Expected HTML is what the real .NET Interactive kernel saved in
/// dotnet/interactive's samples/notebooks/csharp/Docs/Formatting-outputs.ipynb (Corpus/), the dni-styles block aside.
/// </summary>
[Collection(FormatterCollection.Name)]
public class ValueFormatterTests
{
    private static string HtmlOf(object? value) => PolyglotCorpusTests.Normalize(ValueFormatter.Format(value)["text/html"]);

    [Fact]
    public void Strings_are_plain_text_only()
    {
        var bundle = ValueFormatter.Format("hello");
        Assert.Equal("hello", Assert.Single(bundle).Value);
        Assert.Equal("text/plain", bundle.Keys.Single());
    }

    [Theory]
    [InlineData(42, "42")]
    [InlineData(0.5, "0.5")]
    [InlineData(true, "True")]
    public void A_scalar_is_a_plain_text_block_in_the_invariant_culture_followed_by_the_styles(object value, string text)
    {
        var html = ValueFormatter.Format(value)["text/html"];
        Assert.StartsWith($"<div class=\"dni-plaintext\"><pre>{text}</pre></div><style>", html);
        Assert.Contains(".dni-treeview {", html);
        Assert.Equal(text, ValueFormatter.Format(value)["text/plain"]);
    }

    [Fact]
    public void Null_is_a_plain_text_block_of_null()
    {
        Assert.Equal("<div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div>", HtmlOf(null));
        Assert.Equal("<null>", ValueFormatter.Format(null)["text/plain"]);
    }

    [Fact]
    public void A_sequence_of_strings_is_one_line_as_the_real_kernel_saved_it()
    {
        Assert.Equal("<div class=\"dni-plaintext\"><pre>[ hello, world ]</pre></div>", HtmlOf(new[] { "hello", "world" }));
    }

    [Fact]
    public void A_lazy_sequence_of_numbers_is_one_line_as_the_real_kernel_saved_it()
    {
        Assert.Equal("<div class=\"dni-plaintext\"><pre>[ 1, 2, 3, 4, 5 ]</pre></div>", HtmlOf(Enumerable.Range(1, 5)));
        Assert.Equal("[ 1, 2, 3, 4, 5 ]", ValueFormatter.Format(Enumerable.Range(1, 5))["text/plain"]);
    }

    [Fact]
    public void A_long_list_shows_twenty_items_and_how_many_more()
    {
        Assert.Equal("<div class=\"dni-plaintext\"><pre>[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 ... (5 more) ]</pre></div>",
            HtmlOf(Enumerable.Range(0, 25).ToList()));
    }

    [Fact]
    public void An_object_is_an_open_tree_view_of_its_properties_as_the_real_kernel_saved_it()
    {
        var name = typeof(Person).FullName;
        Assert.Equal(
            $"<details open=\"open\" class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>{name}</code></span></summary><div><table><thead><tr></tr></thead><tbody><tr><td>FirstName</td><td><div class=\"dni-plaintext\"><pre>Mitch</pre></div></td></tr><tr><td>LastName</td><td><div class=\"dni-plaintext\"><pre>Buchannon</pre></div></td></tr><tr><td>Age</td><td><div class=\"dni-plaintext\"><pre>42</pre></div></td></tr></tbody></table></div></details>",
            HtmlOf(new Person { FirstName = "Mitch", LastName = "Buchannon", Age = 42 }));
    }

    [Fact]
    public void A_sequence_of_objects_is_an_index_table_of_closed_tree_views_as_the_real_kernel_saved_it()
    {
        var name = typeof(Person).FullName;
        Assert.Equal(
            $"<table><thead><tr><th><i>index</i></th><th>value</th></tr></thead><tbody><tr><td>0</td><td><details class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>{name}</code></span></summary><div><table><thead><tr></tr></thead><tbody><tr><td>FirstName</td><td><div class=\"dni-plaintext\"><pre>C.J.</pre></div></td></tr><tr><td>LastName</td><td><div class=\"dni-plaintext\"><pre>Parker</pre></div></td></tr><tr><td>Age</td><td><div class=\"dni-plaintext\"><pre>23</pre></div></td></tr></tbody></table></div></details></td></tr></tbody></table>",
            HtmlOf(new[] { new Person { FirstName = "C.J.", LastName = "Parker", Age = 23 } }));
    }

    [Fact]
    public void A_dictionary_is_a_key_table_as_the_real_kernel_saved_it()
    {
        Assert.Equal(
            "<table><thead><tr><th><i>key</i></th><th>value</th></tr></thead><tbody><tr><td><div class=\"dni-plaintext\"><pre>zero</pre></div></td><td><div class=\"dni-plaintext\"><pre>0</pre></div></td></tr><tr><td><div class=\"dni-plaintext\"><pre>one</pre></div></td><td><div class=\"dni-plaintext\"><pre>1</pre></div></td></tr><tr><td><div class=\"dni-plaintext\"><pre>two</pre></div></td><td><div class=\"dni-plaintext\"><pre>2</pre></div></td></tr></tbody></table>",
            HtmlOf(new Dictionary<string, int> { ["zero"] = 0, ["one"] = 1, ["two"] = 2 }));
    }

    [Fact]
    public void Items_of_different_types_get_a_type_column_linking_to_the_docs()
    {
        var html = HtmlOf(new object[] { 1, "a" });
        Assert.StartsWith("<table><thead><tr><th><i>index</i></th><th><i>type</i></th><th>value</th></tr></thead>", html);
        Assert.Contains("<td><span><a href=\"https://docs.microsoft.com/dotnet/api/system.int32?view=net-7.0\">System.Int32</a></span></td>", html);
    }

    [Fact]
    public void An_empty_sequence_of_objects_says_empty()
    {
        Assert.Equal("<i>(empty)</i>", HtmlOf(new List<Person>()));
    }

    [Fact]
    public void Dates_and_enums_are_spans_without_styles()
    {
        Assert.Equal("<span>2020-01-02 03:04:05Z</span>", ValueFormatter.Format(new DateTime(2020, 1, 2, 3, 4, 5))["text/html"]);
        Assert.Equal("<span>Friday</span>", ValueFormatter.Format(DayOfWeek.Friday)["text/html"]);
        Assert.Equal("Friday", ValueFormatter.Format(DayOfWeek.Friday)["text/plain"]);
    }

    [Fact]
    public void A_record_and_an_anonymous_object_are_tree_views_summarised_by_their_ToString()
    {
        Assert.StartsWith("<details open=\"open\" class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>Point { X = 1, Y = 2 }</code>", HtmlOf(new Point(1, 2)));
        Assert.StartsWith("<details open=\"open\" class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>{ Name = a, Size = 3 }</code>", HtmlOf(new { Name = "a", Size = 3 }));
    }

    [Fact]
    public void A_tuple_of_scalars_is_one_line_in_plain_text()
    {
        Assert.Equal("( 1, two )", ValueFormatter.Format((1, "two"))["text/plain"]);
    }

    [Fact]
    public void An_object_in_plain_text_is_its_type_then_one_property_per_line()
    {
        Assert.Equal("Point\n      X: 1\n      Y: 2", ValueFormatter.Format(new Point(1, 2))["text/plain"].Replace("\r", ""));
    }

    [Fact]
    public void A_registered_formatter_wins_and_reset_to_default_forgets_it()
    {
        try
        {
            Formatter.Register<Person>((person, writer) => writer.Write("person"), mimeType: "text/html");
            Assert.Equal("<table><thead><tr><th><i>index</i></th><th>value</th></tr></thead><tbody><tr><td>0</td><td>person</td></tr></tbody></table>",
                HtmlOf(new[] { new Person() }));
        }
        finally
        {
            Formatter.ResetToDefault();
        }

        Assert.StartsWith("<details open=\"open\"", HtmlOf(new Person()));
    }

    [Fact]
    public void Pocket_view_writes_tags_attributes_and_encoded_text()
    {
        dynamic b = PocketViewTags.b;
        dynamic a = PocketViewTags.a;
        dynamic span = PocketViewTags.span;
        object view = span(b("x & y"), " ", a[href: "https://example.org/?a=1&b=2"]("link"), PocketViewTags.br);
        Assert.Equal("<span><b>x &amp; y</b> <a href=\"https://example.org/?a=1&amp;b=2\">link</a><br /></span>", view.ToString());
    }

    [Fact]
    public void LaTeX_and_math_strings_are_text_latex()
    {
        Assert.Equal(@"\frac{1}{2}", ValueFormatter.Format(new LaTeXString(@"\frac{1}{2}"))["text/latex"]);
        Assert.Equal("$$x^2$$", ValueFormatter.Format(new MathString("x^2"))["text/latex"]);
        Assert.False(ValueFormatter.Format(new MathString("x^2")).ContainsKey("text/html"));
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
        Assert.StartsWith("<details open=\"open\" class=\"dni-treeview\">", HtmlOf(new Fancy("pass")));
    }

    [Fact]
    public void A_throwing_ToString_surfaces_as_an_exception_for_the_caller_to_report()
    {
        Assert.Throws<InvalidOperationException>(() => ValueFormatter.Format(new Throwing()));
    }

    public sealed class Person
    {
        public string FirstName { get; set; } = "";

        public string LastName { get; set; } = "";

        public int Age { get; set; }
    }

    public sealed record Point(int X, int Y);

    public sealed class Throwing : IEnumerable<int>
    {
        public IEnumerator<int> GetEnumerator() => throw new InvalidOperationException("no items today");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
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
