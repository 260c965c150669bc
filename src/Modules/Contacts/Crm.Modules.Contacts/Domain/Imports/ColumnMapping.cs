namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>Column <see cref="Column"/> (0-based, in the file's order) goes into <see cref="Field"/>.</summary>
internal sealed record ColumnMapping(int Column, ImportField Field);
