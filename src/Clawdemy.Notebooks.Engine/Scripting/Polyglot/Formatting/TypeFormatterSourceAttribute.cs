namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// Names the class that makes a type's formatters (it has a parameterless constructor and <c>CreateTypeFormatters()</c>);
/// found by its simple name, so a library can declare its own copy and need no reference to this one.
/// </summary>
/// <param name="formatterSourceType">The class that makes the formatters.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = true)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The class that makes the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types the type is shown as, in order; null for the default.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
