namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// The tags of <see cref="PocketView"/>, for <c>using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;</c>.
/// Declared in the real kernel's order (<c>_</c>, then alphabetical), the order <c>typeof(PocketViewTags).GetProperties()</c>
/// lists them in a cell.
/// </summary>
public static class PocketViewTags
{
#pragma warning disable IDE1006 // lower-case names: they are HTML tags
    /// <summary>The root view: <c>_.anytag(…)</c> makes any tag.</summary>
    public static dynamic _ { get; } = new PocketView();

    /// <summary>A <c>&lt;a&gt;</c> element.</summary>
    public static dynamic a => new PocketView("a");

    /// <summary>A <c>&lt;area&gt;</c> element.</summary>
    public static dynamic area => new PocketView("area");

    /// <summary>A <c>&lt;aside&gt;</c> element.</summary>
    public static dynamic aside => new PocketView("aside");

    /// <summary>A <c>&lt;b&gt;</c> element.</summary>
    public static dynamic b => new PocketView("b");

    /// <summary>A <c>&lt;body&gt;</c> element.</summary>
    public static dynamic body => new PocketView("body");

    /// <summary>The self-closing <c>&lt;br /&gt;</c>.</summary>
    public static dynamic br => new PocketView("br", selfClosing: true);

    /// <summary>A <c>&lt;button&gt;</c> element.</summary>
    public static dynamic button => new PocketView("button");

    /// <summary>A <c>&lt;caption&gt;</c> element.</summary>
    public static dynamic caption => new PocketView("caption");

    /// <summary>A <c>&lt;center&gt;</c> element.</summary>
    public static dynamic center => new PocketView("center");

    /// <summary>A <c>&lt;circle&gt;</c> element.</summary>
    public static dynamic circle => new PocketView("circle");

    /// <summary>A <c>&lt;code&gt;</c> element.</summary>
    public static dynamic code => new PocketView("code");

    /// <summary>A <c>&lt;colgroup&gt;</c> element.</summary>
    public static dynamic colgroup => new PocketView("colgroup");

    /// <summary>A <c>&lt;dd&gt;</c> element.</summary>
    public static dynamic dd => new PocketView("dd");

    /// <summary>A <c>&lt;details&gt;</c> element.</summary>
    public static dynamic details => new PocketView("details");

    /// <summary>A <c>&lt;div&gt;</c> element.</summary>
    public static dynamic div => new PocketView("div");

    /// <summary>A <c>&lt;dl&gt;</c> element.</summary>
    public static dynamic dl => new PocketView("dl");

    /// <summary>A <c>&lt;dt&gt;</c> element.</summary>
    public static dynamic dt => new PocketView("dt");

    /// <summary>A <c>&lt;em&gt;</c> element.</summary>
    public static dynamic em => new PocketView("em");

    /// <summary>A <c>&lt;figure&gt;</c> element.</summary>
    public static dynamic figure => new PocketView("figure");

    /// <summary>A <c>&lt;font&gt;</c> element.</summary>
    public static dynamic font => new PocketView("font");

    /// <summary>A <c>&lt;form&gt;</c> element.</summary>
    public static dynamic form => new PocketView("form");

    /// <summary>A <c>&lt;g&gt;</c> element.</summary>
    public static dynamic g => new PocketView("g");

    /// <summary>A <c>&lt;h1&gt;</c> element.</summary>
    public static dynamic h1 => new PocketView("h1");

    /// <summary>A <c>&lt;h2&gt;</c> element.</summary>
    public static dynamic h2 => new PocketView("h2");

    /// <summary>A <c>&lt;h3&gt;</c> element.</summary>
    public static dynamic h3 => new PocketView("h3");

    /// <summary>A <c>&lt;h4&gt;</c> element.</summary>
    public static dynamic h4 => new PocketView("h4");

    /// <summary>A <c>&lt;h5&gt;</c> element.</summary>
    public static dynamic h5 => new PocketView("h5");

    /// <summary>A <c>&lt;h6&gt;</c> element.</summary>
    public static dynamic h6 => new PocketView("h6");

    /// <summary>A <c>&lt;head&gt;</c> element.</summary>
    public static dynamic head => new PocketView("head");

    /// <summary>A <c>&lt;header&gt;</c> element.</summary>
    public static dynamic header => new PocketView("header");

    /// <summary>A <c>&lt;hgroup&gt;</c> element.</summary>
    public static dynamic hgroup => new PocketView("hgroup");

    /// <summary>A <c>&lt;hr&gt;</c> element.</summary>
    public static dynamic hr => new PocketView("hr");

    /// <summary>A <c>&lt;html&gt;</c> element.</summary>
    public static dynamic html => new PocketView("html");

    /// <summary>A <c>&lt;i&gt;</c> element.</summary>
    public static dynamic i => new PocketView("i");

    /// <summary>A <c>&lt;iframe&gt;</c> element.</summary>
    public static dynamic iframe => new PocketView("iframe");

    /// <summary>A <c>&lt;img&gt;</c> element.</summary>
    public static dynamic img => new PocketView("img");

    /// <summary>A <c>&lt;input&gt;</c> element.</summary>
    public static dynamic input => new PocketView("input");

    /// <summary>A <c>&lt;label&gt;</c> element.</summary>
    public static dynamic label => new PocketView("label");

    /// <summary>A <c>&lt;li&gt;</c> element.</summary>
    public static dynamic li => new PocketView("li");

    /// <summary>A <c>&lt;line&gt;</c> element.</summary>
    public static dynamic line => new PocketView("line");

    /// <summary>A <c>&lt;link&gt;</c> element.</summary>
    public static dynamic link => new PocketView("link");

    /// <summary>A <c>&lt;main&gt;</c> element.</summary>
    public static dynamic main => new PocketView("main");

    /// <summary>A <c>&lt;menu&gt;</c> element.</summary>
    public static dynamic menu => new PocketView("menu");

    /// <summary>A <c>&lt;menuitem&gt;</c> element.</summary>
    public static dynamic menuitem => new PocketView("menuitem");

    /// <summary>A <c>&lt;meta&gt;</c> element.</summary>
    public static dynamic meta => new PocketView("meta");

    /// <summary>A <c>&lt;meter&gt;</c> element.</summary>
    public static dynamic meter => new PocketView("meter");

    /// <summary>A <c>&lt;nav&gt;</c> element.</summary>
    public static dynamic nav => new PocketView("nav");

    /// <summary>A <c>&lt;ol&gt;</c> element.</summary>
    public static dynamic ol => new PocketView("ol");

    /// <summary>A <c>&lt;optgroup&gt;</c> element.</summary>
    public static dynamic optgroup => new PocketView("optgroup");

    /// <summary>A <c>&lt;option&gt;</c> element.</summary>
    public static dynamic option => new PocketView("option");

    /// <summary>A <c>&lt;p&gt;</c> element.</summary>
    public static dynamic p => new PocketView("p");

    /// <summary>A <c>&lt;pre&gt;</c> element.</summary>
    public static dynamic pre => new PocketView("pre");

    /// <summary>A <c>&lt;progress&gt;</c> element.</summary>
    public static dynamic progress => new PocketView("progress");

    /// <summary>A <c>&lt;q&gt;</c> element.</summary>
    public static dynamic q => new PocketView("q");

    /// <summary>A <c>&lt;script&gt;</c> element.</summary>
    public static dynamic script => new PocketView("script");

    /// <summary>A <c>&lt;section&gt;</c> element.</summary>
    public static dynamic section => new PocketView("section");

    /// <summary>A <c>&lt;select&gt;</c> element.</summary>
    public static dynamic select => new PocketView("select");

    /// <summary>A <c>&lt;small&gt;</c> element.</summary>
    public static dynamic small => new PocketView("small");

    /// <summary>A <c>&lt;source&gt;</c> element.</summary>
    public static dynamic source => new PocketView("source");

    /// <summary>A <c>&lt;span&gt;</c> element.</summary>
    public static dynamic span => new PocketView("span");

    /// <summary>A <c>&lt;strike&gt;</c> element.</summary>
    public static dynamic strike => new PocketView("strike");

    /// <summary>A <c>&lt;style&gt;</c> element.</summary>
    public static dynamic style => new PocketView("style");

    /// <summary>A <c>&lt;strong&gt;</c> element.</summary>
    public static dynamic strong => new PocketView("strong");

    /// <summary>A <c>&lt;sub&gt;</c> element.</summary>
    public static dynamic sub => new PocketView("sub");

    /// <summary>A <c>&lt;summary&gt;</c> element.</summary>
    public static dynamic summary => new PocketView("summary");

    /// <summary>A <c>&lt;sup&gt;</c> element.</summary>
    public static dynamic sup => new PocketView("sup");

    /// <summary>A <c>&lt;svg&gt;</c> element.</summary>
    public static dynamic svg => new PocketView("svg");

    /// <summary>A <c>&lt;table&gt;</c> element.</summary>
    public static dynamic table => new PocketView("table");

    /// <summary>A <c>&lt;tbody&gt;</c> element.</summary>
    public static dynamic tbody => new PocketView("tbody");

    /// <summary>A <c>&lt;td&gt;</c> element.</summary>
    public static dynamic td => new PocketView("td");

    /// <summary>A <c>&lt;text&gt;</c> element.</summary>
    public static dynamic text => new PocketView("text");

    /// <summary>A <c>&lt;textarea&gt;</c> element.</summary>
    public static dynamic textarea => new PocketView("textarea");

    /// <summary>A <c>&lt;tfoot&gt;</c> element.</summary>
    public static dynamic tfoot => new PocketView("tfoot");

    /// <summary>A <c>&lt;th&gt;</c> element.</summary>
    public static dynamic th => new PocketView("th");

    /// <summary>A <c>&lt;thead&gt;</c> element.</summary>
    public static dynamic thead => new PocketView("thead");

    /// <summary>A <c>&lt;title&gt;</c> element.</summary>
    public static dynamic title => new PocketView("title");

    /// <summary>A <c>&lt;tr&gt;</c> element.</summary>
    public static dynamic tr => new PocketView("tr");

    /// <summary>A <c>&lt;u&gt;</c> element.</summary>
    public static dynamic u => new PocketView("u");

    /// <summary>A <c>&lt;ul&gt;</c> element.</summary>
    public static dynamic ul => new PocketView("ul");

    /// <summary>A <c>&lt;video&gt;</c> element.</summary>
    public static dynamic video => new PocketView("video");
#pragma warning restore IDE1006
}
