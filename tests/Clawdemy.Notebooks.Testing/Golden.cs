using System.Runtime.CompilerServices;
using Xunit;

namespace Clawdemy.Notebooks.Testing;

/// <summary>
/// Golden files: <c>&lt;Class&gt;.&lt;Test&gt;.approved.&lt;ext&gt;</c> beside the test's source. A mismatch writes the
/// actual text to <c>….received.&lt;ext&gt;</c> (ignored by git) and fails; to approve it, rename it over the approved file.
/// </summary>
public static class Golden
{
    /// <summary>Compares <paramref name="actual"/> with the approved file of the calling test.</summary>
    public static void Verify(string actual, string extension, [CallerFilePath] string sourceFile = "", [CallerMemberName] string test = "", string? className = null)
    {
        var folder = Path.GetDirectoryName(sourceFile)!;
        var type = className ?? Path.GetFileNameWithoutExtension(sourceFile);
        var approved = Path.Combine(folder, $"{type}.{test}.approved.{extension}");
        var received = Path.Combine(folder, $"{type}.{test}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");
        if (File.Exists(approved) && File.ReadAllText(approved).Replace("\r\n", "\n") == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(approved)
            ? $"{Path.GetFileName(received)} differs from the approved file; compare them, and rename it over the approved file if the change is right."
            : $"No approved file yet: review {Path.GetFileName(received)} and rename it to {Path.GetFileName(approved)}.");
    }
}
