using System.Buffers.Binary;

namespace Clawdemy.Notebooks.Tests.Digits;

public class IdxTests
{
    private static string MnistFile(string name) => RepoPaths.Combine("data", "mnist", name);

    private static string Temp(string name, byte[] bytes)
    {
        var path = Path.Combine(RepoPaths.TempFolder(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Header(int magic, params int[] numbers)
    {
        var bytes = new byte[4 + 4 * numbers.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, magic);
        for (var i = 0; i < numbers.Length; i++) BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * i), numbers[i]);
        return bytes;
    }

    [Fact]
    public void The_committed_sample_reads_as_1000_training_and_500_test_digits_of_28_by_28()
    {
        var (images, rows, columns) = Idx.ReadImages(MnistFile("train-images-idx3-ubyte.gz"));
        Assert.Equal((1000, 28, 28), (images.Length, rows, columns));
        Assert.Equal(500, Idx.ReadLabels(MnistFile("t10k-labels-idx1-ubyte.gz")).Length);
    }

    [Fact]
    public void Encoding_then_reading_gives_back_the_same_images_and_labels()
    {
        var folder = RepoPaths.TempFolder();
        byte[][] images = [Enumerable.Range(0, 784).Select(i => (byte)(i % 256)).ToArray(), new byte[784]];
        File.WriteAllBytes(Path.Combine(folder, "i.gz"), Idx.EncodeImages(images));
        File.WriteAllBytes(Path.Combine(folder, "l.gz"), Idx.EncodeLabels([3, 9]));
        Assert.Equal(images, Idx.ReadImages(Path.Combine(folder, "i.gz")).Images);
        Assert.Equal([3, 9], Idx.ReadLabels(Path.Combine(folder, "l.gz")));
    }

    [Fact]
    public void Uncompressed_files_read_too()
    {
        var path = Temp("labels", [.. Header(Idx.LabelsMagic, 2), 4, 5]);
        Assert.Equal([4, 5], Idx.ReadLabels(path));
    }

    [Fact]
    public void A_wrong_magic_number_is_named_and_a_swapped_file_is_recognised()
    {
        var error = Assert.Throws<IdxFormatException>(() => Idx.ReadImages(MnistFile("train-labels-idx1-ubyte.gz")));
        Assert.Contains("magic number 0x00000801", error.Message);
        Assert.Contains("this is a label file", error.Message);
    }

    [Fact]
    public void A_truncated_image_file_says_how_much_was_promised()
    {
        var path = Temp("images", [.. Header(Idx.ImagesMagic, 2, 28, 28), .. new byte[784]]);
        var error = Assert.Throws<IdxFormatException>(() => Idx.ReadImages(path));
        Assert.Contains("truncated", error.Message);
        Assert.Contains("2 images", error.Message);
    }

    [Fact]
    public void A_truncated_gzip_file_is_reported()
    {
        var whole = File.ReadAllBytes(MnistFile("train-images-idx3-ubyte.gz"));
        var path = Temp("cut.gz", whole[..(whole.Length / 2)]);
        var error = Assert.Throws<IdxFormatException>(() => Idx.ReadImages(path));
        Assert.Contains("truncated", error.Message);
        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void A_file_shorter_than_a_header_is_truncated()
    {
        Assert.Contains("shorter than an IDX label header", Assert.Throws<IdxFormatException>(() => Idx.ReadLabels(Temp("tiny", [0, 0]))).Message);
    }

    [Fact]
    public void Mismatched_counts_of_images_and_labels_are_refused()
    {
        var labels = Temp("labels", [.. Header(Idx.LabelsMagic, 3), 1, 2, 3]);
        var error = Assert.Throws<IdxFormatException>(() => DigitSet.Load(MnistFile("t10k-images-idx3-ubyte.gz"), labels));
        Assert.Contains("500 images", error.Message);
        Assert.Contains("3 labels", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<IdxFormatException>(() => Idx.ReadLabels("no/such/labels.gz"));
        Assert.Equal("no/such/labels.gz: no such file", error.Message);
    }

    [Fact]
    public void A_label_above_nine_is_refused()
    {
        var error = Assert.Throws<IdxFormatException>(() => Idx.ReadLabels(Temp("labels", [.. Header(Idx.LabelsMagic, 1), 12])));
        Assert.Contains("label 0 is 12", error.Message);
    }
}
