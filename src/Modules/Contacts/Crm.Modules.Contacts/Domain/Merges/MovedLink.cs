namespace Crm.Modules.Contacts.Domain.Merges;

/// <summary>A contact's link to one of the merged companies as it was before the merge, to put it back on undo.</summary>
internal sealed record MovedLink(Guid ContactId, Guid CompanyId, string? Role, bool IsPrimary);

/// <summary>A company whose parent was one of the companies merged away, and that parent, to put it back on undo.</summary>
internal sealed record MovedChild(Guid CompanyId, Guid FromParentId);
