namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>What makes a row the same person as a stored contact: its primary email, its primary phone number, or the id it had in the system it comes from.</summary>
internal enum MatchKey
{
    Email,
    Phone,
    ExternalId,
}
