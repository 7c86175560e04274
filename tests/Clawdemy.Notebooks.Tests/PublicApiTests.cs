using System.Reflection;
using System.Text;

namespace Clawdemy.Notebooks.Tests;

/// <summary>
/// The helper library's public surface, listed by reflection and kept as a golden file (PublicApiGenerator is not on
/// the feed): what a notebook cell can call changes only where a review sees the change.
/// </summary>
public class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_library_public_surface_changes_only_when_the_approved_listing_does()
    {
        var listing = new StringBuilder();
        foreach (var type in typeof(Neuron).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            listing.Append(Kind(type)).Append(' ').Append(Name(type));
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && !type.IsEnum) listing.Append(" : ").Append(Name(baseType));
            listing.Append('\n');
            foreach (var member in Members(type)) listing.Append("    ").Append(member).Append('\n');
        }

        Golden.Verify(listing.ToString(), "txt");
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum) return Enum.GetNames(type);
        var members = new List<string>();
        foreach (var constructor in type.GetConstructors(Declared)) members.Add($"ctor({Parameters(constructor)})");
        foreach (var field in type.GetFields(Declared)) members.Add($"{(field.IsLiteral ? "const " : field.IsStatic ? "static " : "")}{Name(field.FieldType)} {field.Name}");
        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = (property.GetMethod?.IsPublic == true ? "get; " : "") + (property.SetMethod?.IsPublic == true ? (IsInit(property.SetMethod) ? "init; " : "set; ") : "");
            var isStatic = (property.GetMethod ?? property.SetMethod)!.IsStatic ? "static " : "";
            var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"[{string.Join(", ", index.Select(p => $"{Name(p.ParameterType)} {p.Name}"))}]" : "";
            members.Add($"{isStatic}{Name(property.PropertyType)} {property.Name}{indexer} {{ {accessors}}}");
        }

        foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            if (method.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null) continue;
            var generic = method.IsGenericMethod ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
            var isStatic = method.IsStatic ? "static " : "";
            var extension = method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)) ? "this " : "";
            members.Add($"{isStatic}{Name(method.ReturnType)} {method.Name}{generic}({extension}{Parameters(method)})");
        }

        return members.Order(StringComparer.Ordinal);
    }

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
        $"{(p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type type)
    {
        if (type.IsByRef) return Name(type.GetElementType()!) + "&";
        if (type.IsArray) return Name(type.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Name(underlying) + "?";
        if (type.IsGenericParameter) return type.Name;
        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : type.Namespace is "System" or null ? type.Name : $"{type.Namespace}.{type.Name}";
        if (!type.IsGenericType) return name;
        var tick = name.IndexOf('`');
        return $"{(tick < 0 ? name : name[..tick])}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
