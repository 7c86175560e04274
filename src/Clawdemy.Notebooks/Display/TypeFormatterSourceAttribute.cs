namespace Clawdemy.Notebooks;

/// <summary>
/// The Polyglot Notebooks convention for a library to format its own types without referencing .NET Interactive:
/// the kernel finds an attribute of this simple name on a value's type and asks its source type for formatters.
/// Our own engine honours the same convention.
/// </summary>
/// <param name="formatterSourceType">A type with a parameterless constructor and a public <c>CreateTypeFormatters()</c>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type that creates the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types the kernel should prefer for this type.</summary>
    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
