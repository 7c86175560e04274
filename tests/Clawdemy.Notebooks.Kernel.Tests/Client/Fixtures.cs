namespace Clawdemy.Notebooks.Kernel.Tests.Client;

/// <summary>The fixture notebooks beside the runner's tests.</summary>
internal static class Fixtures
{
    public static string Path(string name) => RepoPaths.TestFolder("Clawdemy.Notebooks.Kernel.Tests", "Client", name);

    public static NotebookDocument Load(string name) => NotebookDocument.Load(Path(name));
}
