namespace Crm.Modules.Contacts.Domain.Merges;

/// <summary>A note or timeline entry a merge moved to the kept record, and the record it was on, to move it back on undo.</summary>
internal sealed record MovedEntry(Guid Id, bool IsNote, Guid FromId);
