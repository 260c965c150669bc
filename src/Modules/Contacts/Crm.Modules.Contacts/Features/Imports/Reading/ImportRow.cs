namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// One record of a file. <see cref="Line"/> is the 1-based line of the file where the record starts (CSV: the physical
/// line, counting the lines inside quoted fields; XLSX: the sheet's row number; vCard: the line of BEGIN:VCARD).
/// <see cref="Values"/> are aligned with the headers: missing trailing cells are empty strings, never null, and cells
/// beyond the headers are dropped.
/// </summary>
internal sealed record ImportRow(int Line, IReadOnlyList<string> Values);
