namespace Clawdemy.Notebooks.Documents.Tests;

/// <summary>The fixture notebooks beside the tests.</summary>
internal static class Fixtures
{
    public static string Path(string name) => RepoPaths.TestFolder("Clawdemy.Notebooks.Documents.Tests", name);

    public static NotebookDocument Load(string name) => NotebookDocument.Load(Path(name));
}
