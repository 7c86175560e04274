namespace Clawdemy.Notebooks.Engine.Tests;

/// <summary>The fixture notebooks beside the tests.</summary>
internal static class Fixtures
{
    public static string Path(string folder, string name) => RepoPaths.TestFolder("Clawdemy.Notebooks.Engine.Tests", folder, name);

    public static NotebookDocument Load(string folder, string name) => NotebookDocument.Load(Path(folder, name));
}
