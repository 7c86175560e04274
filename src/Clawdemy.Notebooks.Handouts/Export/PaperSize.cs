namespace Clawdemy.Notebooks.Handouts.Export;

/// <summary>The paper a PDF handout is printed on.</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 210 × 297 mm (the default).</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
