using Clawdemy.Notebooks.Platform.Processes;

namespace Clawdemy.Notebooks.Platform.Tests.Processes;

public class ProgramsTests
{
    [Fact]
    public void Chromium_is_not_found_where_it_is_not_installed()
    {
        Assert.Null(Programs.Chromium(configured: "", searchPath: RepoPaths.TempFolder()));
        Assert.Null(Programs.Chromium(configured: Path.Combine(RepoPaths.TempFolder(), "chromium"), searchPath: ""));
    }

    [Fact]
    public void Chromium_is_found_at_its_configured_path_else_under_any_of_its_names_on_the_path()
    {
        var configured = Path.Combine(RepoPaths.TempFolder(), "my-chrome");
        File.WriteAllText(configured, "");
        Assert.Equal(configured, Programs.Chromium(configured, searchPath: ""));

        var empty = RepoPaths.TempFolder();
        var bin = RepoPaths.TempFolder();
        File.WriteAllText(Path.Combine(bin, "chromium-browser"), "");
        var path = string.Join(Path.PathSeparator, empty, bin);
        Assert.Equal(Path.Combine(bin, "chromium-browser"), Programs.Chromium(configured: "", searchPath: path));
        Assert.Equal(Path.Combine(bin, "chromium-browser"), Programs.Chromium(configured: Path.Combine(empty, "gone"), searchPath: path));
    }

    [Fact]
    public void Chromium_prefers_the_headless_shell_to_the_full_browser_in_any_folder_of_the_path()
    {
        var full = RepoPaths.TempFolder();
        var shell = RepoPaths.TempFolder();
        File.WriteAllText(Path.Combine(full, "chromium"), "");
        File.WriteAllText(Path.Combine(shell, "chromium-headless-shell"), "");
        Assert.Equal(Path.Combine(shell, "chromium-headless-shell"), Programs.Chromium(configured: "", searchPath: string.Join(Path.PathSeparator, full, shell)));
        Assert.Equal(Path.Combine(full, "chromium"), Programs.Chromium(configured: "", searchPath: full));
    }
}
