namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>What a row does when a contact with the same match key exists.</summary>
internal enum DuplicatePolicy
{
    Skip,
    Update,
    CreateAnyway,
}
