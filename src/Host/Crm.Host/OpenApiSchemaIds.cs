namespace Crm.Host;

/// <summary>
/// Schema names client generators accept (letters and digits only): a nested type is prefixed with its declaring
/// type (<c>CreateContactEndpointRequest</c>), a generic one names its arguments (<c>PageOfContactResponse</c>).
/// </summary>
internal static class OpenApiSchemaIds
{
    public static string For(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        if (type.IsGenericType)
        {
            name += "Of" + string.Concat(type.GetGenericArguments().Select(For));
        }

        return type.DeclaringType is { } outer ? For(outer) + name : name;
    }
}
