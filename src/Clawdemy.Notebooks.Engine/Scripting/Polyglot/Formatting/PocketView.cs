using System.Dynamic;
using System.Text.Encodings.Web;
using System.Web;
using Microsoft.AspNetCore.Html;

namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// Polyglot's HTML DSL: <c>span(b("x"), " ", i("y"), br)</c> writes <c>&lt;span&gt;&lt;b&gt;x&lt;/b&gt; &lt;i&gt;y&lt;/i&gt;&lt;br /&gt;&lt;/span&gt;</c>.
/// A member names a tag, a call sets its content, an indexer sets attributes (<c>a[href: "…"]("text")</c>; underscores
/// become hyphens). Text is HTML-encoded, HTML content is written as is, any other value is formatted as text/html.
/// </summary>
public class PocketView : DynamicObject, IHtmlContent
{
    private object?[]? _content;

    /// <summary>A view with no tag, from which tags are made (<see cref="PocketViewTags._"/>).</summary>
    public PocketView()
    {
    }

    /// <summary>A view of one tag.</summary>
    /// <param name="tagName">The element's name.</param>
    /// <param name="selfClosing">Whether it is written <c>&lt;tag /&gt;</c> when it has no content.</param>
    public PocketView(string tagName, bool selfClosing = false)
    {
        TagName = tagName;
        IsSelfClosing = selfClosing;
    }

    /// <summary>The element's name; null for the root view.</summary>
    public string? TagName { get; }

    /// <summary>Whether it is written <c>&lt;tag /&gt;</c> when it has no content.</summary>
    public bool IsSelfClosing { get; }

    /// <summary>The element's attributes, in the order they were set; a null value writes the name alone.</summary>
    public IDictionary<string, object?> HtmlAttributes { get; } = new OrderedDictionary<string, object?>();

    /// <inheritdoc />
    public override bool TryGetMember(GetMemberBinder binder, out object? result)
    {
        result = new PocketView(binder.Name);
        return true;
    }

    /// <inheritdoc />
    public override bool TryInvokeMember(InvokeMemberBinder binder, object?[]? args, out object? result)
    {
        var view = new PocketView(binder.Name);
        view.SetContent(args);
        result = view;
        return true;
    }

    /// <inheritdoc />
    public override bool TryInvoke(InvokeBinder binder, object?[]? args, out object? result)
    {
        SetContent(args);
        result = this;
        return true;
    }

    /// <inheritdoc />
    public override bool TryGetIndex(GetIndexBinder binder, object[] indexes, out object? result)
    {
        var names = binder.CallInfo.ArgumentNames;
        var positional = indexes.Length - names.Count;
        for (var i = 0; i < indexes.Length; i++)
        {
            switch (indexes[i])
            {
                case IDictionary<string, object?> attributes:
                    foreach (var (key, value) in attributes) HtmlAttributes[key] = value;
                    break;
                case var value when i >= positional:
                    HtmlAttributes[names[i - positional].Replace('_', '-')] = value;
                    break;
                case string name:
                    HtmlAttributes[name] = null;
                    break;
            }
        }

        result = this;
        return true;
    }

    /// <summary>Sets the content written between the tags.</summary>
    /// <param name="args">Text, HTML, views or any values.</param>
    public void SetContent(object?[]? args)
    {
        if (args is { Length: > 0 }) _content = args;
    }

    /// <inheritdoc />
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        using var context = new FormatContext(writer);
        WriteTo(context);
    }

    /// <summary>Writes the element into an ongoing format operation.</summary>
    /// <param name="context">The operation.</param>
    public void WriteTo(FormatContext context)
    {
        if (TagName is null)
        {
            WriteContent(_content ?? [], context);
            return;
        }

        var writer = context.Writer;
        writer.Write('<');
        writer.Write(TagName);
        foreach (var (name, value) in HtmlAttributes)
        {
            writer.Write(' ');
            writer.Write(name);
            if (value is null) continue;
            writer.Write("=\"");
            writer.Write(value is IHtmlContent html ? HtmlText(html) : HttpUtility.HtmlAttributeEncode(Convert.ToString(value, context.Writer.FormatProvider)));
            writer.Write('"');
        }

        if (_content is null && IsSelfClosing)
        {
            writer.Write(" />");
            return;
        }

        writer.Write('>');
        WriteContent(_content ?? [], context);
        writer.Write("</");
        writer.Write(TagName);
        writer.Write('>');
    }

    /// <summary>The markup.</summary>
    public override string ToString()
    {
        using var writer = Formatter.CreateWriter();
        using (var context = new FormatContext(writer)) WriteTo(context);
        return writer.ToString();
    }

    private static void WriteContent(IReadOnlyList<object?> args, FormatContext context)
    {
        foreach (var arg in args)
        {
            switch (arg)
            {
                case string text:
                    context.Writer.Write(HttpUtility.HtmlEncode(text));
                    break;
                case PocketView view:
                    view.WriteTo(context);
                    break;
                case IHtmlContent html:
                    html.WriteTo(context.Writer, HtmlEncoder.Default);
                    break;
                case IEnumerable<IHtmlContent> many:
                    WriteContent(many.ToArray(), context);
                    break;
                case IEnumerable<object> items when items.All(item => item is IHtmlContent):
                    WriteContent(items.ToArray(), context);
                    break;
                default:
                    arg.FormatTo(context, "text/html");
                    break;
            }
        }
    }

    private static string HtmlText(IHtmlContent html)
    {
        using var writer = Formatter.CreateWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
