namespace Crm.Shared.Kernel.CustomFields;

/// <summary>The kind of record a custom field belongs to.</summary>
public enum CustomFieldEntity
{
    Contact,
    Company,
    Deal,
}
