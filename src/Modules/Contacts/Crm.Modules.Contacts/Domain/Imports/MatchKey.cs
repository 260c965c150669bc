namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>
/// What makes a row the same person as a stored contact: its primary email, its primary phone number, the id it had in
/// the system it comes from, or its value of a unique custom field (<see cref="ImportSettings.MatchCustomField"/>).
/// </summary>
internal enum MatchKey
{
    Email,
    Phone,
    ExternalId,
    CustomField,
}
