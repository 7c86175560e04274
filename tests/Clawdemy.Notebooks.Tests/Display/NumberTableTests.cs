namespace Clawdemy.Notebooks.Tests.Display;

public class NumberTableTests
{
    [Fact]
    public void Named_numbers_read_as_one_line_of_text_and_as_a_table_each_written_by_format_number()
    {
        var table = NumberTable.Of(("sigmoid", 0.54735762), ("ReLU", 0.19000000000000003), ("parameters", 13002));
        Assert.Equal("sigmoid: 0.5474, ReLU: 0.19, parameters: 13,002", table.ToString());
        Assert.Equal(
            "<table class=\"clawdemy-table\"><thead><tr><th></th><th>value</th></tr></thead><tbody><tr><td>sigmoid</td><td>0.5474</td></tr>"
            + "<tr><td>ReLU</td><td>0.19</td></tr><tr><td>parameters</td><td>13,002</td></tr></tbody></table>",
            table.ToHtmlFragment());
    }

    [Fact]
    public void A_name_is_escaped_in_the_table()
    {
        Assert.Contains("<td>a&lt;b</td>", NumberTable.Of(("a<b", 1)).ToHtmlFragment());
    }

    [Fact]
    public void A_table_needs_a_number_and_every_number_a_name()
    {
        Assert.Throws<ArgumentException>(() => NumberTable.Of());
        Assert.Throws<ArgumentException>(() => NumberTable.Of(("", 1)));
    }
}
