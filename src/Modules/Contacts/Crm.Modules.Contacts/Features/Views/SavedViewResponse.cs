using Crm.Modules.Contacts.Domain.Views;
using Crm.Modules.Contacts.Features.Filters;

namespace Crm.Modules.Contacts.Features.Views;

/// <summary>A saved view of the contact or company list: pass q, filter and sort to GET /api/v1/contacts (or /api/v1/companies) to see it.</summary>
internal sealed record SavedViewResponse(
    Guid Id, string Name, string? Q, IReadOnlyList<string> Filters, string? Sort, IReadOnlyList<string> Columns, bool IsShared, bool IsMine, Guid OwnerId, int Version)
{
    public static SavedViewResponse From(SavedView v, Guid reader) =>
        new(v.Id.Value, v.Name, v.Search, StoredFilters.Format(v.Filters), v.Sort, v.Columns, v.SharedWithTeamId is not null, v.OwnerId == reader, v.OwnerId, v.Version);
}

/// <summary>A view to save: its name, the list's q, filters (field:operator:value) and sort, the columns shown, and whether your team sees it too.</summary>
internal sealed record SavedViewRequest(string? Name, string? Q, IReadOnlyList<string>? Filters, string? Sort, IReadOnlyList<string>? Columns, bool Shared);
