namespace Clawdemy.Notebooks.Kernel.Specs;

/// <summary>The kernel's logos, shipped inside the assembly: a neuron drawn for this project (see Specs/logo-svg.svg).</summary>
internal static class Logos
{
    public static IEnumerable<(string Name, byte[] Content)> Files
    {
        get
        {
            var assembly = typeof(Logos).Assembly;
            foreach (var name in new[] { "logo-svg.svg", "logo-32x32.png", "logo-64x64.png" })
            {
                using var stream = assembly.GetManifestResourceStream(name);
                if (stream is null) continue;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                yield return (name, copy.ToArray());
            }
        }
    }
}
