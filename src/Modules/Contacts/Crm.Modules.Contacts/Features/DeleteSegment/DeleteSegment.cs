using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.DeleteSegment;

/// <summary>Deletes a segment (a static one's list of members with it; the contacts stay).</summary>
internal sealed record DeleteSegment(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteSegmentHandler(ContactsDbContext db) : ICommandHandler<DeleteSegment, Result>
{
    public async ValueTask<Result> Handle(DeleteSegment command, CancellationToken cancellationToken)
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

        db.Segments.Remove(segment);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
