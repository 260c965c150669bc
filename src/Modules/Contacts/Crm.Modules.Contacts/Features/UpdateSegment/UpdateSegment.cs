using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.UpdateSegment;

/// <summary>Renames a segment, or changes a dynamic one's search and filters, if its version satisfies <see cref="Precondition"/>; its kind never changes.</summary>
internal sealed record UpdateSegment(Guid Id, VersionPrecondition Precondition, string? Name, string? Q, IReadOnlyList<string>? Filters) : ICommand<Result<SegmentResponse>>;

internal sealed class UpdateSegmentHandler(ContactsDbContext db, StoredFilters storedFilters, TimeProvider time) : ICommandHandler<UpdateSegment, Result<SegmentResponse>>
{
    public async ValueTask<Result<SegmentResponse>> Handle(UpdateSegment command, CancellationToken cancellationToken)
    {
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == new SegmentId(command.Id), cancellationToken);
        if (segment is null)
        {
            return SegmentErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(segment.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        var filters = await storedFilters.ReadAsync(command.Filters, cancellationToken);
        if (!filters.IsSuccess)
        {
            return filters.Error;
        }

        var changed = segment.Change(command.Name, command.Q, filters.Value, time.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return SegmentResponse.From(segment);
    }
}
