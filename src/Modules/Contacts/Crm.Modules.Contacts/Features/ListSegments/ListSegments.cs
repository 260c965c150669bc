using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Contacts.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListSegments;

/// <summary>Every segment, by name.</summary>
internal sealed record ListSegments : IQuery<IReadOnlyList<SegmentResponse>>;

internal sealed class ListSegmentsHandler(ContactsDbContext db) : IQueryHandler<ListSegments, IReadOnlyList<SegmentResponse>>
{
    public async ValueTask<IReadOnlyList<SegmentResponse>> Handle(ListSegments query, CancellationToken cancellationToken)
    {
        var segments = await db.Segments.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return [.. segments.Select(SegmentResponse.From)];
    }
}
