namespace Clawdemy.Notebooks.Kernel.Protocol;

/// <summary>Cursor positions in Jupyter messages count Unicode code points (protocol 5.2 and later); .NET strings count UTF-16 units.</summary>
public static class CodePoints
{
    /// <summary>The UTF-16 index of the <paramref name="codePoints"/>-th code point of <paramref name="text"/>, clamped to the text.</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var seen = 0; seen < codePoints && index < text.Length; seen++) index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        return index;
    }

    /// <summary>How many code points the first <paramref name="utf16"/> units of <paramref name="text"/> hold.</summary>
    public static int FromUtf16(string text, int utf16)
    {
        var count = 0;
        for (var index = 0; index < Math.Min(utf16, text.Length); count++) index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        return count;
    }
}
