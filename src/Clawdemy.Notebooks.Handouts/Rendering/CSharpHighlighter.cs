using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clawdemy.Notebooks.Handouts.Rendering;

/// <summary>
/// C# syntax highlighting from Roslyn's own lexer: keywords, strings, numbers, comments, directives and type names in
/// declarations and <c>new</c> expressions each get a CSS class. Everything else is escaped text.
/// </summary>
public static class CSharpHighlighter
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>The code as escaped HTML with <c>tok-*</c> spans.</summary>
    public static string ToHtml(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, Options).GetRoot();
        var html = new StringBuilder();
        foreach (var token in root.DescendantTokens()) Token(html, token);
        return html.ToString();
    }

    /// <summary>A token with its trivia, in source order; directives (structured trivia) are walked token by token.</summary>
    private static void Token(StringBuilder html, SyntaxToken token)
    {
        foreach (var trivia in token.LeadingTrivia) Trivia(html, trivia);
        Span(html, ClassOf(token), token.Text);
        foreach (var trivia in token.TrailingTrivia) Trivia(html, trivia);
    }

    private static void Trivia(StringBuilder html, SyntaxTrivia trivia)
    {
        if (trivia.GetStructure() is { } structure)
        {
            foreach (var token in structure.DescendantTokens()) Token(html, token);
            return;
        }

        var kind = trivia.Kind();
        var css = kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.SingleLineDocumentationCommentTrivia
            ? "comment"
            : kind is SyntaxKind.ShebangDirectiveTrivia or SyntaxKind.PreprocessingMessageTrivia or SyntaxKind.DisabledTextTrivia ? "directive" : null;
        Span(html, css, trivia.ToFullString());
    }

    private static string? ClassOf(SyntaxToken token)
    {
        if (token.Parent is DirectiveTriviaSyntax || token.Parent?.Parent is DirectiveTriviaSyntax)
        {
            return token.IsKind(SyntaxKind.StringLiteralToken) ? "string" : "directive";
        }

        if (SyntaxFacts.IsKeywordKind(token.Kind()) || SyntaxFacts.IsContextualKeyword(token.Kind()) && token.Parent is not IdentifierNameSyntax) return "keyword";
        if (token.IsKind(SyntaxKind.IdentifierToken) && token.Text == "var" && token.Parent?.Parent is VariableDeclarationSyntax) return "keyword";
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.CharacterLiteralToken:
            case SyntaxKind.InterpolatedStringStartToken:
            case SyntaxKind.InterpolatedStringEndToken:
            case SyntaxKind.InterpolatedStringTextToken:
            case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
            case SyntaxKind.InterpolatedRawStringEndToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
                return "string";
            case SyntaxKind.NumericLiteralToken:
                return "number";
            case SyntaxKind.IdentifierToken when IsTypeName(token):
                return "type";
            default:
                return null;
        }
    }

    private static bool IsTypeName(SyntaxToken token) => token.Parent switch
    {
        IdentifierNameSyntax { Parent: ObjectCreationExpressionSyntax or VariableDeclarationSyntax or GenericNameSyntax or TypeArgumentListSyntax } => true,
        IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } name when access.Expression == name && char.IsUpper(token.Text[0]) => true,
        GenericNameSyntax => true,
        _ => false,
    };

    private static void Span(StringBuilder html, string? css, string text)
    {
        if (text.Length == 0) return;
        var escaped = Html.Escape(text);
        if (css is null) html.Append(escaped);
        else html.Append("<span class=\"tok-").Append(css).Append("\">").Append(escaped).Append("</span>");
    }
}
