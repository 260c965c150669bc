namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>Ids from other systems, kept as given but trimmed; blank is none.</summary>
internal static class ExternalIds
{
    public const int MaxLength = 100;

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
