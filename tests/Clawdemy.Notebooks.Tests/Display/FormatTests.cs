namespace Clawdemy.Notebooks.Tests.Display;

public class FormatTests
{
    [Theory]
    [InlineData(0.19000000000000003, "0.19")]
    [InlineData(0.5473576, "0.5474")]
    [InlineData(13002.0, "13,002")]
    [InlineData(-0.0, "0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    [InlineData(0.00001234, "1.234E-05")]
    public void Numbers_are_written_for_people(double value, string expected)
    {
        Assert.Equal(expected, Format.Number(value));
    }

    [Fact]
    public void Library_values_render_through_the_polyglot_formatter_convention()
    {
        var attribute = typeof(NeuronTrace).GetCustomAttributes(false).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatter = ((IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Single();
        Assert.Equal("text/html", formatter.GetType().GetProperty("MimeType")!.GetValue(formatter));

        var writer = new StringWriter();
        var trace = new Neuron([1.0], 0, Activations.ReLU).Trace(2.0);
        var handled = (bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [trace, writer])!;
        Assert.True(handled);
        Assert.Equal(trace.ToHtmlFragment(), writer.ToString());
        Assert.False((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, ["not ours", new StringWriter()])!);
    }
}
