namespace Crm.Modules.Contacts.Persistence;

/// <summary>The contact's fields mapped from private lists, for queries that reach them with <c>EF.Property</c>.</summary>
internal static class ContactFields
{
    public const string Emails = "_emails";
    public const string Phones = "_phones";
    public const string Tags = "_tags";
}

/// <summary>The company's fields mapped from private lists, for queries that reach them with <c>EF.Property</c>.</summary>
internal static class CompanyFields
{
    public const string Domains = "_domains";
    public const string Tags = "_tags";
}
