namespace Crm.Modules.Contacts.Domain.CustomFields;

/// <summary>The kind of record a custom field belongs to.</summary>
internal enum CustomFieldEntity
{
    Contact,
    Company,
}
