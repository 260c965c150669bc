namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>
/// Column <see cref="Column"/> (0-based, in the file's order) goes into <see cref="Field"/>, or into the custom field
/// keyed <see cref="CustomField"/> when the field is <see cref="ImportField.CustomField"/>.
/// </summary>
internal sealed record ColumnMapping(int Column, ImportField Field, string? CustomField = null);
