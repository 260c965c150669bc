namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>The contact field a column of the file goes into.</summary>
internal enum ImportField
{
    FirstName,
    LastName,

    /// <summary>"Jean Dupont" or "DUPONT Jean": split into first and last name when those are not mapped.</summary>
    FullName,
    Email,
    SecondEmail,
    Phone,
    Mobile,
    JobTitle,

    /// <summary>A company name: linked to the company of that name, created when there is none.</summary>
    Company,
    Street,
    PostalCode,
    City,
    Region,
    Country,

    /// <summary>Several tags separated by commas, semicolons or vertical bars.</summary>
    Tags,
    Source,
    LifecycleStage,
    ExternalId,

    /// <summary>A custom field, named by <see cref="ColumnMapping.CustomField"/>; several columns may each go into one.</summary>
    CustomField,

    /// <summary>A comment on the contact, added as a note by the person who imports (once: the same text again is not added twice).</summary>
    Note,
}
