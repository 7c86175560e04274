using PublicApiGenerator;

namespace Clawdemy.Notebooks.Tests;

/// <summary>
/// The helper library's public surface, written by PublicApiGenerator as C# declarations and kept as a golden file:
/// what a notebook cell can call changes only where a review sees the change.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_library_public_surface_changes_only_when_the_approved_listing_does()
    {
        var listing = typeof(Neuron).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"] });

        Golden.Verify(listing.ReplaceLineEndings("\n"), "txt");
    }
}
