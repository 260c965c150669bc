using System.Reflection;
using System.Runtime.CompilerServices;

namespace Crm.ArchitectureTests;

/// <summary>Reflection checks on the shape of an integration event, kept apart so they can be tested on purpose-made types.</summary>
internal static class IntegrationEventShape
{
    private static readonly HashSet<Type> AllowedValueTypes =
    [
        typeof(Guid),
        typeof(DateTimeOffset),
        typeof(DateOnly),
        typeof(decimal),
    ];

    /// <summary>A record class has a compiler-generated <c>&lt;Clone&gt;$</c> method and an <c>EqualityContract</c>.</summary>
    public static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    /// <summary>Primitives, strings, enums, ids, times and amounts, and read-only lists of those (the fields that changed, merged ids).</summary>
    public static bool IsAllowedPropertyType(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return IsAllowedScalar(type.GetGenericArguments()[0]);
        }

        return IsAllowedScalar(type);
    }

    private static bool IsAllowedScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || AllowedValueTypes.Contains(underlying);
    }

    public static IEnumerable<PropertyInfo> NonPrimitiveProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !IsAllowedPropertyType(p.PropertyType));

    public static IEnumerable<PropertyInfo> MutableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));
}
