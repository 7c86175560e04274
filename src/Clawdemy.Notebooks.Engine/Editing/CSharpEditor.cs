using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clawdemy.Notebooks.Engine.Editing;

/// <summary>
/// Whether a cell's text is a complete C# submission, for Jupyter's is_complete_request (a console front end asks it
/// before it sends a line). .NET Interactive has no command for it (its Jupyter host answered "complete" to every
/// request), so this one question is answered from Roslyn's parser; completions and hover come from the kernel.
/// </summary>
public static class CSharpEditor
{
    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.CSharp14, kind: SourceCodeKind.Script);

    /// <summary>Whether <paramref name="code"/> is a complete submission, open (more lines expected), or invalid whatever follows.</summary>
    public static Completeness IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ScriptOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree)) return Completeness.Incomplete;
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? Completeness.Invalid : Completeness.Complete;
    }

    /// <summary>The indent for the next line of an incomplete cell: four spaces per brace, bracket or parenthesis left open.</summary>
    public static string NextIndent(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ScriptOptions);
        var depth = 0;
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsMissing) continue;
            if (token.IsKind(SyntaxKind.OpenBraceToken) || token.IsKind(SyntaxKind.OpenParenToken) || token.IsKind(SyntaxKind.OpenBracketToken)) depth++;
            if (token.IsKind(SyntaxKind.CloseBraceToken) || token.IsKind(SyntaxKind.CloseParenToken) || token.IsKind(SyntaxKind.CloseBracketToken)) depth--;
        }

        return new string(' ', 4 * Math.Max(0, depth));
    }
}
