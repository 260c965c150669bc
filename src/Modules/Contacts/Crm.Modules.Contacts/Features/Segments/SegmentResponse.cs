using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Filters;

namespace Crm.Modules.Contacts.Features.Segments;

/// <summary>A segment; its filters in the list's form (<c>field:operator:value</c>). Its contacts: GET /api/v1/contacts?segment={id}.</summary>
internal sealed record SegmentResponse(Guid Id, string Name, SegmentKind Kind, string? Q, IReadOnlyList<string> Filters, Guid CreatedBy, DateTimeOffset CreatedAtUtc, DateTimeOffset? UpdatedAtUtc, int Version)
{
    public static SegmentResponse From(Segment s) => new(
        s.Id.Value,
        s.Name,
        s.Kind,
        s.Search,
        StoredFilters.Format(s.Filters),
        s.CreatedBy,
        s.CreatedAtUtc,
        s.UpdatedAtUtc,
        s.Version);
}
