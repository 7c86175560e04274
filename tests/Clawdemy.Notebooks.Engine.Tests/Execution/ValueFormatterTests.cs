using System.Globalization;
using Clawdemy.Notebooks.Engine.Execution;
using Clawdemy.Notebooks.Engine.Tests.Corpus;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting.TabularData;

namespace Clawdemy.Notebooks.Engine.Tests.Execution;

/// <summary>
/// One test per case of the default views. Expected HTML is what the real .NET Interactive kernel saved, the dni-styles
/// block aside: in dotnet/interactive's samples/notebooks/csharp/Docs/Formatting-outputs.ipynb (Corpus/) unless a test
/// names another notebook of that repository (by path and commit). Those others need OpenAI or GitHub's API to run, so
/// they are not in the corpus; their saved outputs are the goldens here.
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

    // The embedding the real kernel saved in samples/notebooks/ai/Chat Agent.ipynb (dotnet/interactive
    // df91e1ae146bd7b5770d104abcd813b570ab4858, cells 32 and 37): its first 20 of 1536 numbers.
    private static readonly float[] SavedEmbeddingStart =
    [
        -0.0045551048f, 0.006455068f, -0.004881875f, -0.02412982f, -0.018067542f, 0.0007876146f, -0.004960471f, -0.0052060722f, -0.010661278f, -0.043034513f,
        0.0052415035f, 0.021151206f, -0.003764674f, -0.002854415f, -0.0026767273f, 0.01568986f, 0.025198301f, -0.0018648285f, 0.012310172f, -0.001751964f,
    ];

    private const string SavedEmbeddingHtml = "<div class=\"dni-plaintext\"><pre>[ -0.0045551048, 0.006455068, -0.004881875, -0.02412982, -0.018067542, 0.0007876146, -0.004960471, -0.0052060722, -0.010661278, -0.043034513, 0.0052415035, 0.021151206, -0.003764674, -0.002854415, -0.0026767273, 0.01568986, 0.025198301, -0.0018648285, 0.012310172, -0.001751964 ... (1516 more) ]</pre></div>";

    private static float[] Embedding() => [.. SavedEmbeddingStart, .. Enumerable.Repeat(0.5f, 1536 - SavedEmbeddingStart.Length)];

    [Fact]
    public void A_MathNet_vector_is_one_line_as_the_real_kernel_shows_a_sequence_of_scalars()
    {
        // As Formatting-outputs.ipynb saved Enumerable.Range(1, 5): "[ 1, 2, 3, 4, 5 ]" in a plain-text block.
        var vector = Vector<double>.Build.DenseOfArray([1, 2.5, -3]);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>[ 1, 2.5, -3 ]</pre></div>", HtmlOf(vector));
        Assert.Equal("[ 1, 2.5, -3 ]", ValueFormatter.Format(vector)["text/plain"]);
    }

    [Fact]
    public void A_long_MathNet_vector_shows_twenty_numbers_and_how_many_more_as_the_real_kernel_saved_an_embedding()
    {
        // Chat Agent.ipynb saved this float[] of 1536 numbers; the same numbers in a MathNet vector read the same.
        Assert.Equal(SavedEmbeddingHtml, HtmlOf(Embedding()));
        Assert.Equal(SavedEmbeddingHtml, HtmlOf(Vector<float>.Build.DenseOfArray(Embedding())));
    }

    [Fact]
    public void A_list_of_records_is_an_index_table_of_tree_views_summarised_by_the_record_as_the_real_kernel_saved_it()
    {
        // samples/notebooks/ai/Chat Agent.ipynb (df91e1ae146bd7b5770d104abcd813b570ab4858), cell 37: labels.Display(),
        // a List<CentroidLabel> of a record declared in a cell; the first row of what it saved.
        var labels = new List<CentroidLabel> { new("Topic: Programming", Embedding()) };
        Assert.Equal(
            "<table><thead><tr><th><i>index</i></th><th>value</th></tr></thead><tbody><tr><td>0</td><td><details class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>CentroidLabel { Label = Topic: Programming, Embedding = System.Single[] }</code></span></summary><div><table><thead><tr></tr></thead><tbody><tr><td>Label</td><td><div class=\"dni-plaintext\"><pre>Topic: Programming</pre></div></td></tr><tr><td>Embedding</td><td>"
            + SavedEmbeddingHtml + "</td></tr></tbody></table></div></details></td></tr></tbody></table>",
            HtmlOf(labels));
    }

    [Fact]
    public void An_array_of_anonymous_objects_is_an_index_table_of_tree_views_summarised_as_the_real_kernel_saved_it()
    {
        // samples/notebooks/ai/Chat Agent.ipynb (df91e1ae146bd7b5770d104abcd813b570ab4858), cell 32: examples.Display(),
        // an array of new { CenstroidEmbedding = float[], Text = string[] }. Saved up to its Text row (its texts are
        // pages of a chat model's answers; ours are two short ones).
        var examples = new[] { new { CenstroidEmbedding = Embedding(), Text = new[] { "first question", "an answer" } } };
        var html = HtmlOf(examples);
        Assert.StartsWith(
            "<table><thead><tr><th><i>index</i></th><th>value</th></tr></thead><tbody><tr><td>0</td><td><details class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>{ CenstroidEmbedding = System.Single[], Text = System.String[] }</code></span></summary><div><table><thead><tr></tr></thead><tbody><tr><td>CenstroidEmbedding</td><td>"
            + SavedEmbeddingHtml + "</td></tr><tr><td>Text</td><td><div class=\"dni-plaintext\"><pre>[ ",
            html);
        Assert.EndsWith("<pre>[ first question, an answer ]</pre></div></td></tr></tbody></table></div></details></td></tr></tbody></table>", html);
    }

    [Fact]
    public void In_a_table_null_is_a_plain_text_block_and_a_date_a_span_in_utc_as_the_real_kernel_saved_them()
    {
        // samples/notebooks/polyglot/github repo milestone report.ipynb (dotnet/interactive
        // d5a8dc9634a2b6e177229f464cccc11e5d9f2ec3), cell 13: milestones as ToTabularDataResource().Display(). Octokit's
        // DueOn and ClosedAt (DateTimeOffset?) were null, CreatedAt a DateTimeOffset. Its State column (Octokit's own
        // StringEnum type) is left out here, from the values and from the saved HTML alike.
        var created = DateTimeOffset.Parse("2021-10-05T21:40:38Z", CultureInfo.InvariantCulture);
        var stabilization = DateTimeOffset.Parse("2022-08-03T15:55:09Z", CultureInfo.InvariantCulture);
        DateTimeOffset? none = null;
        var milestones = new[]
        {
            new { Title = "VS Code Extension GA", Description = "", DueOn = none, ClosedAt = none, OpenIssues = 8, ClosedIssues = 50, CreatedAt = created, AtRisk = true },
            new { Title = "API Stabilization", Description = "", DueOn = none, ClosedAt = none, OpenIssues = 11, ClosedIssues = 0, CreatedAt = stabilization, AtRisk = true },
        };
        Assert.Equal(
            "<table><thead><tr><td><span>Title</span></td><td><span>Description</span></td><td><span>DueOn</span></td><td><span>ClosedAt</span></td><td><span>OpenIssues</span></td><td><span>ClosedIssues</span></td><td><span>CreatedAt</span></td><td><span>AtRisk</span></td></tr></thead><tbody>"
            + "<tr><td>VS Code Extension GA</td><td></td><td><div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div></td><td><div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div></td><td><div class=\"dni-plaintext\"><pre>8</pre></div></td><td><div class=\"dni-plaintext\"><pre>50</pre></div></td><td><span>2021-10-05 21:40:38Z</span></td><td><div class=\"dni-plaintext\"><pre>True</pre></div></td></tr>"
            + "<tr><td>API Stabilization</td><td></td><td><div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div></td><td><div class=\"dni-plaintext\"><pre>&lt;null&gt;</pre></div></td><td><div class=\"dni-plaintext\"><pre>11</pre></div></td><td><div class=\"dni-plaintext\"><pre>0</pre></div></td><td><span>2022-08-03 15:55:09Z</span></td><td><div class=\"dni-plaintext\"><pre>True</pre></div></td></tr>"
            + "</tbody></table>",
            HtmlOf(milestones.ToTabularDataResource()));
    }

    [Fact]
    public void A_date_alone_is_the_span_the_real_kernel_saved_in_a_table()
    {
        // The same saved "<span>2021-10-05 21:40:38Z</span>" (milestone report, cell 13); the real kernel writes DateTime
        // and DateTimeOffset with one formatter, and no saved output of a DateTime in the current format was found.
        var created = DateTimeOffset.Parse("2021-10-05T21:40:38Z", CultureInfo.InvariantCulture);
        Assert.Equal("<span>2021-10-05 21:40:38Z</span>", ValueFormatter.Format(created)["text/html"]);
        Assert.Equal("<span>2021-10-05 21:40:38Z</span>", ValueFormatter.Format(created.UtcDateTime)["text/html"]);
    }

    [Fact]
    public void Pocket_view_tags_are_listed_in_the_order_the_real_kernel_declares_them()
    {
        // samples/notebooks/csharp/Docs/HTML.ipynb (dotnet/interactive 0425cfd515c524e0781781c581dc728a25ef572e, Corpus/
        // HTML-2021-outputs.ipynb), cell 20: typeof(PocketViewTags).GetProperties().Select(m => m.Name), first 20 of 81.
        string[] saved = ["_", "a", "area", "aside", "b", "body", "br", "button", "caption", "center", "circle", "code", "colgroup", "dd", "details", "div", "dl", "dt", "em", "figure"];
        var names = typeof(PocketViewTags).GetProperties().Select(m => m.Name).ToArray();
        Assert.Equal(saved, names.Take(20));
        Assert.Equal(81, names.Length);
    }

    [Fact]
    public void A_reference_cycle_is_followed_to_the_recursion_limit_then_written_as_plain_text_as_the_real_kernel_docs_show()
    {
        // docs/formatting.md of dotnet/interactive (098a01b9183103186805a186a7dee3a3a70b2997), "Limiting object graph
        // recursion": two Nodes pointing at each other, as the real kernel formatted them (their type there: Submission#3+Node).
        var first = new Node();
        first.Next = new Node { Next = first };
        string Open(string attributes) => $"<details{attributes} class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>{typeof(Node).FullName}</code></span></summary><div><table><thead><tr></tr></thead><tbody><tr><td>Next</td><td>";
        const string Close = "</td></tr></tbody></table></div></details>";
        string Tree(int levels) => Open(" open=\"open\"") + string.Concat(Enumerable.Repeat(Open(""), levels - 1)) + typeof(Node).FullName + string.Concat(Enumerable.Repeat(Close, levels));
        Assert.Equal(Tree(6), HtmlOf(first));
        try
        {
            Formatter.RecursionLimit = 2;
            Assert.Equal(Tree(2), HtmlOf(first));
        }
        finally
        {
            Formatter.ResetToDefault();
        }
    }

    public sealed class Node
    {
        public Node? Next { get; set; }
    }

    public sealed record CentroidLabel(string Label, float[] Embedding);

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
