namespace Clawdemy.Notebooks.Engine.Packages;

/// <summary>A package named by <c>#r "nuget: Name, Version"</c>; no version means the latest.</summary>
public sealed record PackageReference(string Name, string? Version)
{
    /// <summary>Reads the text inside <c>#r "nuget: …"</c>.</summary>
    public static PackageReference Parse(string text)
    {
        var parts = text.Split(',', 2, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0) throw new FormatException("#r \"nuget: …\" needs a package name, like #r \"nuget: MathNet.Numerics, 5.0.0\"");
        return new PackageReference(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }
}
