using System.Collections;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Clawdemy.Notebooks.Engine.Execution;

/// <summary>What the default views need to know about a type.</summary>
public static partial class ValueFormatter
{
    private static readonly HashSet<Type> ScalarTypes = [typeof(decimal), typeof(Guid), typeof(string), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan)];

    /// <summary>Scalars are written as plain text: primitives, decimal, Guid, string, dates, times, and nullable ones of these (not enums).</summary>
    internal static bool IsScalar(Type type) =>
        ScalarTypes.Contains(type) || type.IsPrimitive || (Nullable.GetUnderlyingType(type) is { } inner && IsScalar(inner));

    private static bool IsEnumerable(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsAnonymous(Type type) =>
        type.IsGenericType && type.Name.Contains("AnonymousType", StringComparison.Ordinal) && type.Name.StartsWith("<>", StringComparison.Ordinal)
        && type.IsDefined(typeof(CompilerGeneratedAttribute), false);

    private static bool IsTuple(Type type) =>
        type.FullName is { } name && (name.StartsWith("System.Tuple`", StringComparison.Ordinal) || name.StartsWith("System.ValueTuple`", StringComparison.Ordinal));

    /// <summary>The item type of a sequence type, when it has exactly one <c>IEnumerable&lt;T&gt;</c>.</summary>
    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return type.GenericTypeArguments[0];
        var sequences = type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).ToArray();
        if (type.IsGenericType && sequences.Length > 0 && type.GenericTypeArguments.Length == 1) return type.GenericTypeArguments[0];
        return sequences.Length == 1 ? sequences[0].GenericTypeArguments[0] : null;
    }

    /// <summary>The keys and values of a dictionary, or false when the type is not one.</summary>
    private static bool IsDictionary(Type type, out Func<object, IEnumerable>? keys, out Func<object, IEnumerable>? values)
    {
        var dictionary = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
                         ?? type.GetInterfaces().FirstOrDefault(i => i == typeof(IDictionary));
        if (dictionary is null)
        {
            keys = values = null;
            return false;
        }

        var keysProperty = dictionary.GetProperty("Keys")!;
        var valuesProperty = dictionary.GetProperty("Values")!;
        keys = instance => (IEnumerable)keysProperty.GetValue(instance)!;
        values = instance => (IEnumerable)valuesProperty.GetValue(instance)!;
        return true;
    }

    /// <summary>Whether a sequence type is shown with its properties (and its items as "(values)"), rather than as its items alone.</summary>
    private static bool ShowsProperties(Type type) =>
        !type.IsArray && !type.IsNestedPrivate && !typeof(ICollection).IsAssignableFrom(type)
        && !type.GetInterfaces().Any(i => i.IsConstructedGenericType && (i.GetGenericTypeDefinition() == typeof(IOrderedEnumerable<>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));

    /// <summary>The public instance properties (readable, not indexers, not hidden from the debugger) and fields a view shows, in declaration order.</summary>
    internal static IReadOnlyList<MemberInfo> MembersToFormat(Type type) => type
        .GetMembers(BindingFlags.Instance | BindingFlags.Public)
        .Where(m => m switch
        {
            _ when m.Name.Contains('<') || m.Name.Contains("k__BackingField", StringComparison.Ordinal) => false,
            FieldInfo => true,
            PropertyInfo p => p.CanRead && p.GetIndexParameters().Length == 0
                              && p.GetCustomAttribute<DebuggerBrowsableAttribute>() is not { State: DebuggerBrowsableState.Never },
            _ => false,
        })
        .ToArray();

    /// <summary>A member's value, or the exception reading it threw (shown in its place).</summary>
    internal static object? ValueOrException(MemberInfo member, object instance)
    {
        try
        {
            return member switch
            {
                PropertyInfo p => p.GetValue(instance),
                FieldInfo f => f.GetValue(instance),
                _ => null,
            };
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>A type's name as C# writes it: <c>List&lt;Int32&gt;</c> (without namespaces) or <c>System.Collections.Generic.List&lt;System.Int32&gt;</c>.</summary>
    private static string CSharpName(Type type, bool withoutNamespace)
    {
        var name = withoutNamespace ? type.Name : type.FullName ?? type.Name;
        var tick = name.IndexOf('`');
        if (tick < 0) return name;
        var arguments = string.Join(",", type.GetGenericArguments().Select(a => CSharpName(a, withoutNamespace)));
        return $"{name[..tick]}<{arguments}>{(type.IsArray ? "[]" : "")}";
    }
}
