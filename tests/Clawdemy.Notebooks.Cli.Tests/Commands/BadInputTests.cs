namespace Clawdemy.Notebooks.Cli.Tests.Commands;

/// <summary>
/// Bad options and bad inputs: each is one line on stderr and exit code 1, before any notebook runs, and no input
/// changes by a single byte.
/// </summary>
public class BadInputTests
{
    [Theory]
    [InlineData("--timeout", "abc", "--timeout must be a whole number of seconds from 1 to 86400, not 'abc'")]
    [InlineData("--timeout", "2147483647", "--timeout must be a whole number of seconds from 1 to 86400, not '2147483647'")]
    [InlineData("--timeout", "0", "--timeout must be a whole number of seconds from 1 to 86400, not '0'")]
    [InlineData("--timeout", "-5", "--timeout must be a whole number of seconds from 1 to 86400, not '-5'")]
    [InlineData("--max-output", "2097152", "--max-output must be a whole number of kilobytes from 1 to 65536, not '2097152'")]
    [InlineData("--max-output", "1.5", "--max-output must be a whole number of kilobytes from 1 to 65536, not '1.5'")]
    [InlineData("--max-memory", "100", "--max-memory must be a whole number of megabytes from 256 to 65536, not '100'")]
    [InlineData("--max-memory", "2G", "--max-memory must be a whole number of megabytes from 256 to 65536, not '2G'")]
    [InlineData("--parallel", "many", "--parallel must be a whole number of notebooks from 1 to 64, not 'many'")]
    public async Task A_bad_option_value_is_refused_at_parse_time_with_one_line(string option, string value, string expected)
    {
        var input = CliRun.CopyOf("good.ipynb");
        var before = File.ReadAllBytes(input);
        var run = await CliRun.Of("run", input, "--in-place", option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {expected}", run.ErrorLine);
        Assert.Equal("", run.Output);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Theory]
    [InlineData("run", "--frobnicate")]
    [InlineData("export", "--outt")]
    [InlineData("check", "-x")]
    public async Task An_unknown_option_is_named_as_an_unknown_option(string command, string option)
    {
        var run = await CliRun.Of(command, CliRun.Fixture("good.ipynb"), option);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: unknown option {option} (see --help)", run.ErrorLine);
    }

    [Theory]
    [InlineData("a5", "--paper must be a4 or letter, not 'a5'")]
    [InlineData("4", "--paper must be a4 or letter, not '4'")]
    public async Task A_paper_other_than_a4_or_letter_is_refused(string paper, string expected)
    {
        var outFolder = RepoPaths.TempFolder();
        var run = await CliRun.Of("export", CliRun.Fixture("good.ipynb"), "--out", outFolder, "--pdf", "--paper", paper);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {expected}", run.ErrorLine);
        Assert.Empty(Directory.GetFileSystemEntries(outFolder));
    }

    [Fact]
    public async Task A_notebook_that_is_not_utf8_is_refused_with_one_line_and_left_as_it_was()
    {
        var input = CliRun.CopyOf("latin1.ipynb");
        var before = File.ReadAllBytes(input);
        var run = await CliRun.Of("run", input, "--in-place");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^error: .*latin1\.ipynb: not valid UTF-8 \(byte 0xE9 at offset \d+\)", run.ErrorLine);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Equal([input], Directory.GetFiles(Path.GetDirectoryName(input)!));
    }

    [Fact]
    public async Task An_nbformat_4_0_notebook_run_in_place_keeps_its_minor_version_and_gains_no_ids()
    {
        var input = CliRun.CopyOf("nbformat40.ipynb");
        var run = await CliRun.Of("run", input, "--in-place");
        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(input);
        Assert.Contains("\"nbformat_minor\": 0", written);
        Assert.DoesNotContain("\"id\"", written);
        Assert.Contains("0.547", written);
    }

    [Fact]
    public async Task Duplicate_cell_ids_are_reported_by_run_as_by_check_and_nothing_runs()
    {
        var input = CliRun.CopyOf("duplicate-ids.ipynb");
        var before = File.ReadAllBytes(input);
        var check = await CliRun.Of("check", input);
        var problem = Assert.Single(check.Error.Split('\n'), l => l.Contains("already used", StringComparison.Ordinal));
        var run = await CliRun.Of("run", input, "--in-place");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {problem} ", run.ErrorLine);
        Assert.Equal($"{input} cell 3: id \"c0de0002\" is already used by cell 2", problem);
        Assert.DoesNotContain("cell 2 ok", run.Output);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public async Task Output_into_the_inputs_own_folder_is_refused_without_in_place()
    {
        var input = CliRun.CopyOf("good.ipynb");
        var before = File.ReadAllBytes(input);
        var run = await CliRun.Of("run", input, "--output", Path.GetDirectoryName(input)!);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("so the input would be overwritten; use --in-place", run.ErrorLine);
        Assert.DoesNotContain("cell 2 ok", run.Output);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Theory]
    [InlineData("run", "--output")]
    [InlineData("export", "--out")]
    public async Task An_output_folder_that_is_a_file_is_refused_before_any_notebook_runs(string command, string option)
    {
        var file = Path.Combine(RepoPaths.TempFolder(), "handouts");
        File.WriteAllText(file, "not a folder");
        var run = await CliRun.Of(WithCache(command, CliRun.Fixture("good.ipynb"), option, file));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {option} {file}: is a file, not a folder", run.ErrorLine);
        Assert.DoesNotContain("cell 2 ok", run.Output);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("run", "--output")]
    [InlineData("export", "--out")]
    public async Task An_output_folder_that_cannot_be_written_is_refused_before_any_notebook_runs(string command, string option)
    {
        // Under /proc nothing can be created, even by root (for whom a chmod'ed folder would still be writable).
        var readOnly = "/proc/clawdemy-read-only-target";
        var run = await CliRun.Of(WithCache(command, CliRun.Fixture("good.ipynb"), option, readOnly));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {option} {readOnly}: the folder cannot be written", run.ErrorLine);
        Assert.DoesNotContain("cell 2 ok", run.Output);
    }

    /// <summary>The arguments, with a fresh --cache for export (run has none).</summary>
    private static string[] WithCache(params string[] args) => args[0] == "export" ? [.. args, "--cache", RepoPaths.TempFolder()] : args;
}
