using System.Text.Json.Nodes;

namespace Clawdemy.Notebooks.Cli.Tests.Commands;

public class KernelCommandTests
{
    [Fact]
    public async Task Install_writes_a_kernelspec_named_for_polyglot_notebooks_that_starts_this_kernel_by_message_interrupts()
    {
        var prefix = RepoPaths.TempFolder();
        var run = await CliRun.Of("kernel", "install", "--prefix", prefix);
        Assert.Equal(0, run.ExitCode);
        var folder = Path.Combine(prefix, "share", "jupyter", "kernels", ".net-csharp");
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        var argv = spec["argv"]!.AsArray().Select(a => (string)a!).ToArray();
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], argv[^3..]);
        Assert.True(File.Exists(argv[0]), $"the kernelspec starts {argv[0]}, which does not exist");
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.All(new[] { "logo-32x32.png", "logo-64x64.png", "logo-svg.svg" }, logo => Assert.True(new FileInfo(Path.Combine(folder, logo)).Length > 100));
    }

    [Fact]
    public async Task Install_takes_a_name_and_a_display_name_and_uninstall_removes_it()
    {
        var prefix = RepoPaths.TempFolder();
        Assert.Equal(0, (await CliRun.Of("kernel", "install", "--prefix", prefix, "--name", "csharp-course", "--display-name", "Lesson 3")).ExitCode);
        var folder = Path.Combine(prefix, "share", "jupyter", "kernels", "csharp-course");
        Assert.Equal("Lesson 3", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!["display_name"]);
        Assert.Equal(0, (await CliRun.Of("kernel", "uninstall", "--prefix", prefix, "--name", "csharp-course")).ExitCode);
        Assert.False(Directory.Exists(folder));
        var again = await CliRun.Of("kernel", "uninstall", "--prefix", prefix, "--name", "csharp-course");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("no kernelspec csharp-course", again.ErrorLine);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("has space")]
    public async Task A_name_that_is_not_a_kernel_name_is_refused_in_one_line(string name)
    {
        var prefix = RepoPaths.TempFolder();
        var run = await CliRun.Of("kernel", "install", "--prefix", prefix, "--name", name);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a kernel name", run.ErrorLine);
        Assert.False(Directory.Exists(Path.Combine(prefix, "share")));
    }

    [Fact]
    public async Task The_kernel_without_a_connection_file_says_so_in_one_line()
    {
        var run = await CliRun.Of("kernel");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--connection-file", run.ErrorLine);
    }
}
