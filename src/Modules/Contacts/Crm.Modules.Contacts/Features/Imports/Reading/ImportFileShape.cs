namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// What a file is: its format; for text files the encoding name ("utf-8", "utf-16", "windows-1252"…); for CSV the
/// delimiter; and its column headers (trimmed; an empty header becomes "Column N").
/// </summary>
internal sealed record ImportFileShape(ImportFormat Format, string? Encoding, char? Delimiter, IReadOnlyList<string> Headers);
