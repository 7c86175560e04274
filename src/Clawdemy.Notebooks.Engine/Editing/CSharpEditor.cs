using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clawdemy.Notebooks.Engine.Editing;

/// <summary>
/// Help while a cell is typed, from Roslyn's semantic model of the cell continued from the kernel's script state (so
/// earlier cells' variables and the libraries they loaded are in scope): completions, the signature and documentation
/// of the symbol at the cursor, and whether the text is a complete submission. Microsoft.CodeAnalysis.CSharp.Features
/// is not available, so this uses <c>LookupSymbols</c> directly.
/// </summary>
public static partial class CSharpEditor
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> DocumentationFiles = new();

    /// <summary>The completions at <paramref name="position"/> (UTF-16) in the cell whose compilation is given.</summary>
    public static Completions Complete(Compilation compilation, int position)
    {
        var tree = compilation.SyntaxTrees.Last();
        var text = tree.GetText().ToString();
        position = Math.Clamp(position, 0, text.Length);
        var start = position;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_')) start--;
        var prefix = text[start..position];
        var model = compilation.GetSemanticModel(tree);
        var symbols = Candidates(model, tree, text, start);
        var matches = symbols
            .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Name)
            .OrderBy(g => g.Key.StartsWith(prefix, StringComparison.Ordinal) ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Completion(g.Key, Kind(g.First()), g.First().ToDisplayString()))
            .ToArray();
        return new Completions(start, position, matches);
    }

    /// <summary>The symbol at <paramref name="position"/> (UTF-16), or null when the cursor is on no symbol.</summary>
    public static SymbolHelp? Inspect(Compilation compilation, int position)
    {
        var tree = compilation.SyntaxTrees.Last();
        var root = tree.GetRoot();
        var text = tree.GetText().ToString();
        if (text.Length == 0) return null;
        position = Math.Clamp(position, 0, text.Length);
        // A cursor just after a name (where a front end leaves it) inspects that name.
        var at = position > 0 && (position == text.Length || !IsNameChar(text[position])) ? position - 1 : position;
        var token = root.FindToken(at);
        var model = compilation.GetSemanticModel(tree);
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            var info = model.GetSymbolInfo(node);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node);
            if (symbol is not null) return new SymbolHelp(symbol.ToDisplayString(), Summary(compilation, symbol));
            if (node is StatementSyntax or MemberDeclarationSyntax) break;
        }

        return null;
    }

    /// <summary>Whether <paramref name="code"/> is a complete submission, open (more lines expected), or invalid whatever follows.</summary>
    public static Completeness IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(CSharp14(), kind: SourceCodeKind.Script));
        if (!SyntaxFactory.IsCompleteSubmission(tree)) return Completeness.Incomplete;
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? Completeness.Invalid : Completeness.Complete;
    }

    /// <summary>The indent for the next line of an incomplete cell: four spaces per brace, bracket or parenthesis left open.</summary>
    public static string NextIndent(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(CSharp14(), kind: SourceCodeKind.Script));
        var depth = 0;
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.IsMissing) continue;
            if (token.IsKind(SyntaxKind.OpenBraceToken) || token.IsKind(SyntaxKind.OpenParenToken) || token.IsKind(SyntaxKind.OpenBracketToken)) depth++;
            if (token.IsKind(SyntaxKind.CloseBraceToken) || token.IsKind(SyntaxKind.CloseParenToken) || token.IsKind(SyntaxKind.CloseBracketToken)) depth--;
        }

        return new string(' ', 4 * Math.Max(0, depth));
    }

    private static LanguageVersion CSharp14() => LanguageVersion.CSharp14;

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static IEnumerable<ISymbol> Candidates(SemanticModel model, SyntaxTree tree, string text, int start)
    {
        var dot = start - 1;
        while (dot >= 0 && char.IsWhiteSpace(text[dot])) dot--;
        if (dot < 0 || text[dot] != '.') return model.LookupSymbols(start).Where(s => s is not IMethodSymbol { MethodKind: MethodKind.Constructor });

        var token = tree.GetRoot().FindToken(dot);
        var left = token.Parent switch
        {
            MemberAccessExpressionSyntax access => (SyntaxNode)access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            ConditionalAccessExpressionSyntax conditional => conditional.Expression,
            _ => null,
        };
        if (left is null) return [];
        var symbol = model.GetSymbolInfo(left).Symbol;
        switch (symbol)
        {
            case INamespaceSymbol ns:
                return model.LookupNamespacesAndTypes(start, ns);
            case ITypeSymbol type when left is not ExpressionSyntax || model.GetTypeInfo(left).Type is null || IsTypeName(model, left):
                return model.LookupStaticMembers(start, type).Concat(type.GetTypeMembers());
        }

        var instance = model.GetTypeInfo(left).Type;
        return instance is null ? [] : model.LookupSymbols(start, instance, includeReducedExtensionMethods: true).Where(s => !s.IsStatic || s is IMethodSymbol { IsExtensionMethod: true } || s.ReducedFromIfAny() is not null);
    }

    private static bool IsTypeName(SemanticModel model, SyntaxNode node) => model.GetSymbolInfo(node).Symbol is ITypeSymbol;

    private static ISymbol? ReducedFromIfAny(this ISymbol symbol) => (symbol as IMethodSymbol)?.ReducedFrom;

    private static string Kind(ISymbol symbol) => symbol switch
    {
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol { IsConst: true } => "constant",
        IFieldSymbol => "field",
        IEventSymbol => "event",
        ILocalSymbol or IParameterSymbol or IRangeVariableSymbol => "variable",
        INamespaceSymbol => "module",
        INamedTypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        INamedTypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        INamedTypeSymbol { TypeKind: TypeKind.Struct } => "struct",
        INamedTypeSymbol => "class",
        _ => "text",
    };

    /// <summary>The summary of a symbol's XML documentation: from source, or from the XML file beside its assembly (or the SDK's reference pack).</summary>
    private static string Summary(Compilation compilation, ISymbol symbol)
    {
        var xml = symbol.GetDocumentationCommentXml();
        if (string.IsNullOrWhiteSpace(xml) && symbol.GetDocumentationCommentId() is { } id && compilation.GetMetadataReference(symbol.ContainingAssembly) is PortableExecutableReference { FilePath: { } path })
        {
            var docs = DocumentationFiles.GetOrAdd(path, LoadDocumentation);
            if (docs.TryGetValue(id, out var found)) return found;
            if (symbol is IMethodSymbol { ReducedFrom: { } original } && original.GetDocumentationCommentId() is { } originalId && docs.TryGetValue(originalId, out found)) return found;
            return "";
        }

        return string.IsNullOrWhiteSpace(xml) ? "" : SummaryOf(XElement.Parse(xml));
    }

    private static IReadOnlyDictionary<string, string> LoadDocumentation(string assemblyPath)
    {
        var file = DocumentationFile(assemblyPath);
        if (file is null) return new Dictionary<string, string>();
        try
        {
            return XDocument.Load(file).Descendants("member")
                .Where(m => m.Attribute("name") is not null)
                .GroupBy(m => (string)m.Attribute("name")!)
                .ToDictionary(g => g.Key, g => SummaryOf(g.First()));
        }
        catch (Exception e) when (e is IOException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            return new Dictionary<string, string>();
        }
    }

    private static string? DocumentationFile(string assemblyPath)
    {
        var beside = Path.ChangeExtension(assemblyPath, ".xml");
        if (File.Exists(beside)) return beside;
        // The shared framework ships no XML docs; the SDK's reference pack does: dotnet/shared/Microsoft.NETCore.App/V/x.dll → dotnet/packs/Microsoft.NETCore.App.Ref/V/ref/netN/x.xml.
        var framework = Path.GetDirectoryName(assemblyPath);
        var dotnet = framework is null ? null : Directory.GetParent(framework)?.Parent?.Parent?.FullName;
        var packs = dotnet is null ? null : Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs)) return null;
        return Directory.GetDirectories(packs).OrderByDescending(d => d, StringComparer.Ordinal)
            .SelectMany(v => Directory.Exists(Path.Combine(v, "ref")) ? Directory.GetDirectories(Path.Combine(v, "ref")) : [])
            .Select(r => Path.Combine(r, Path.GetFileNameWithoutExtension(assemblyPath) + ".xml"))
            .FirstOrDefault(File.Exists);
    }

    private static string SummaryOf(XElement member)
    {
        var summary = member.Element("summary");
        if (summary is null) return "";
        foreach (var reference in summary.Descendants().Where(e => e.Name.LocalName is "see" or "seealso" or "paramref" or "typeparamref").ToArray())
        {
            var name = (string?)reference.Attribute("cref") ?? (string?)reference.Attribute("name") ?? (string?)reference.Attribute("langword") ?? reference.Value;
            reference.ReplaceWith(name.Contains(':') ? name[(name.IndexOf(':') + 1)..].Split('(')[0].Split('.').Last() : name);
        }

        return Whitespace().Replace(summary.Value, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
