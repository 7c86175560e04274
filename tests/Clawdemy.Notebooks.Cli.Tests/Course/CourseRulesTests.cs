using Clawdemy.Notebooks.Cli.Course;
using Clawdemy.Notebooks.Documents;

namespace Clawdemy.Notebooks.Cli.Tests.Course;

public class CourseRulesTests
{
    private static string Fixture(string name) => RepoPaths.TestFolder("Clawdemy.Notebooks.Cli.Tests", "Course", name);

    private static NotebookDocument Load(string path) => NotebookDocument.Load(path);

    [Fact]
    public void A_clean_polyglot_notebook_has_no_problems()
    {
        Assert.Empty(CourseRules.Check(Load(Fixture("clean.ipynb"))));
    }

    [Fact]
    public void Each_problem_is_one_line_naming_the_file_and_the_cell()
    {
        var problems = CourseRules.Check(Load(Fixture("problems.ipynb")));
        Assert.Contains(problems, p => p.Contains("kernelspec.name is \"python3\""));
        Assert.Contains(problems, p => p.Contains("defaultKernelName"));
        Assert.Contains(problems, p => p.EndsWith("cell 2: id \"dup00001\" is already used by cell 1"));
        Assert.Contains(problems, p => p.Contains("cell 2 (1,9): error CS1525"));
        Assert.Contains(problems, p => p.EndsWith("cell 3: has saved outputs; clear them before committing (the course commits none)"));
        Assert.All(problems, p => Assert.StartsWith(Fixture("problems.ipynb"), p));
    }

    [Fact]
    public void A_cell_without_an_id_is_a_problem()
    {
        var problems = CourseRules.Check(Load(RepoPaths.TestFolder("Clawdemy.Notebooks.Documents.Tests", "no-ids.ipynb")));
        Assert.Contains(problems, p => p.EndsWith("cell 1: has no \"id\" (nbformat 4.5 requires one)"));
    }
}
