using Clawdemy.Notebooks.Engine.Checking;

namespace Clawdemy.Notebooks.Engine.Tests.Checking;

public class NotebookCheckerTests
{
    [Fact]
    public void A_clean_polyglot_notebook_has_no_problems()
    {
        Assert.Empty(NotebookChecker.Check(Fixtures.Load("Checking", "clean.ipynb")));
    }

    [Fact]
    public void Each_problem_is_one_line_naming_the_file_and_the_cell()
    {
        var problems = NotebookChecker.Check(Fixtures.Load("Checking", "problems.ipynb"));
        Assert.Contains(problems, p => p.Contains("kernelspec.name is \"python3\""));
        Assert.Contains(problems, p => p.Contains("defaultKernelName"));
        Assert.Contains(problems, p => p.EndsWith("cell 2: id \"dup00001\" is already used by cell 1"));
        Assert.Contains(problems, p => p.Contains("cell 2 (1,9): error CS1525"));
        Assert.Contains(problems, p => p.EndsWith("cell 3: has saved outputs; clear them before committing (the course commits none)"));
        Assert.All(problems, p => Assert.StartsWith(Fixtures.Path("Checking", "problems.ipynb"), p));
    }

    [Fact]
    public void A_cell_without_an_id_is_a_problem()
    {
        var problems = NotebookChecker.Check(Fixtures.Load("Documents", "no-ids.ipynb"));
        Assert.Contains(problems, p => p.EndsWith("cell 1: has no \"id\" (nbformat 4.5 requires one)"));
    }
}
