namespace Clawdemy.Notebooks.Tests.Networks;

public class NetworkShapeTests
{
    [Fact]
    public void The_digit_network_has_13002_parameters()
    {
        var shape = NetworkShape.Parse("784-16-16-10");
        // The lesson: 784·16 + 16 = 12,560; 16·16 + 16 = 272; 16·10 + 10 = 170.
        Assert.Equal([12_560L, 272L, 170L], shape.Layers.Select(l => l.Parameters));
        // 12,560 + 272 + 170 = 13,002.
        Assert.Equal(13_002L, shape.TotalParameters);
        // Weights 12,544 + 256 + 160 = 12,960; biases 16 + 16 + 10 = 42.
        Assert.Equal(12_960L, shape.TotalWeights);
        Assert.Equal(42L, shape.TotalBiases);
    }

    [Fact]
    public void Parsing_and_building_from_sizes_agree()
    {
        Assert.Equal(NetworkShape.FromSizes(784, 16, 16, 10).TotalParameters, NetworkShape.Parse(" 784 - 16-16 -10").TotalParameters);
        Assert.Equal("784-16-16-10", NetworkShape.FromSizes(784, 16, 16, 10).ToString());
    }

    [Fact]
    public void A_shape_with_billions_of_parameters_is_counted_exactly()
    {
        var shape = NetworkShape.Parse("50000-50000-50000");
        // Hand calculation: 2 · (50,000² + 50,000) = 2 · 2,500,050,000 = 5,000,100,000, beyond int's 2,147,483,647.
        Assert.Equal(5_000_100_000L, shape.TotalParameters);
    }

    [Fact]
    public void A_layer_reads_like_the_lesson()
    {
        Assert.Equal("784×16 + 16 = 12,560", NetworkShape.Parse("784-16").Layers[0].ToString());
    }

    [Fact]
    public void A_bad_token_is_named()
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkShape.Parse("784-x-10"));
        Assert.Contains("\"x\"", error.Message);
        Assert.Contains("784-x-10", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_shape_is_refused(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkShape.Parse(text));
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void A_single_layer_is_not_a_network()
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkShape.Parse("784"));
        Assert.Contains("at least two", error.Message);
    }

    [Theory]
    [InlineData(new[] { 784, 0, 10 }, "0 neurons")]
    [InlineData(new[] { 784, -3, 10 }, "-3 neurons")]
    public void Non_positive_layer_sizes_are_refused(int[] sizes, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkShape.FromSizes(sizes));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_negative_size_in_text_is_refused_as_a_bad_token()
    {
        Assert.Throws<ArgumentException>(() => NetworkShape.Parse("784--3-10"));
    }

    [Fact]
    public void The_shape_shows_as_a_table_with_a_total()
    {
        var html = NetworkShape.Parse("784-16-16-10").ToHtmlFragment();
        Assert.Contains("<td>13,002</td>", html);
        Assert.Contains("<td>12,560</td>", html);
    }
}
