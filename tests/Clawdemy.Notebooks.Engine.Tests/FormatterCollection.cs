namespace Clawdemy.Notebooks.Engine.Tests;

/// <summary>The tests that use Polyglot's formatter, whose registrations are global, run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class FormatterCollection
{
    public const string Name = "Formatter";
}
