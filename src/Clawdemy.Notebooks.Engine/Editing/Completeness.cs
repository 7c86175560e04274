namespace Clawdemy.Notebooks.Engine.Editing;

/// <summary>Whether a cell's text can run as it is: Jupyter's is_complete statuses.</summary>
public enum Completeness
{
    /// <summary>It parses as a whole submission.</summary>
    Complete,

    /// <summary>Something is left open (a brace, a string, a statement): more lines are expected.</summary>
    Incomplete,

    /// <summary>It is closed but cannot be valid whatever follows.</summary>
    Invalid,
}
