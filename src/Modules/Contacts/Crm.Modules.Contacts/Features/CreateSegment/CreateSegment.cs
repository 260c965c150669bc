using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.CreateSegment;

/// <summary>A new segment: dynamic (a search and filters) or static (empty, filled by hand).</summary>
internal sealed record CreateSegment(string? Name, SegmentKind Kind, string? Q, IReadOnlyList<string>? Filters) : ICommand<Result<SegmentResponse>>;

internal sealed class CreateSegmentHandler(ContactsDbContext db, StoredFilters storedFilters, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<CreateSegment, Result<SegmentResponse>>
{
    public async ValueTask<Result<SegmentResponse>> Handle(CreateSegment command, CancellationToken cancellationToken)
    {
        var filters = await storedFilters.ReadAsync(command.Filters, cancellationToken);
        if (!filters.IsSuccess)
        {
            return filters.Error;
        }

        var segment = Segment.Create(command.Name, command.Kind, command.Q, filters.Value, currentUser.Id, time.GetUtcNow());
        if (!segment.IsSuccess)
        {
            return segment.Error;
        }

        db.Segments.Add(segment.Value);
        await db.SaveChangesAsync(cancellationToken);
        return SegmentResponse.From(segment.Value);
    }
}
