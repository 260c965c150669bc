using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Features.Segments;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ChangeSegmentMembers;

/// <summary>
/// Puts contacts the caller sees in a static segment (<see cref="Add"/>) or takes them out; contacts already in (or
/// already out) are left as they are, so a retry changes nothing.
/// </summary>
internal sealed record ChangeSegmentMembers(Guid SegmentId, IReadOnlyList<Guid> ContactIds, bool Add) : ICommand<Result<SegmentMembersChanged>>;

/// <summary>How many contacts the change put in or took out.</summary>
internal sealed record SegmentMembersChanged(int Changed);

internal sealed class ChangeSegmentMembersHandler(ContactsDbContext db, IRecordVisibility visibility, TimeProvider time)
    : ICommandHandler<ChangeSegmentMembers, Result<SegmentMembersChanged>>
{
    public const int MaxContacts = 1000;

    public async ValueTask<Result<SegmentMembersChanged>> Handle(ChangeSegmentMembers command, CancellationToken cancellationToken)
    {
        if (command.ContactIds.Count is 0 or > MaxContacts)
        {
            return Error.Validation("segment.members_count_invalid", $"Give 1 to {MaxContacts} contact ids at a time.");
        }

        var id = new SegmentId(command.SegmentId);
        var segment = await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (segment is null)
        {
            return SegmentErrors.NotFound(command.SegmentId);
        }

        if (segment.Kind != SegmentKind.Static)
        {
            return SegmentErrors.NotStatic;
        }

        var wanted = command.ContactIds.Distinct().Select(c => new ContactId(c)).ToList();
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var seen = await db.Contacts.VisibleTo(visible).Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (seen.Count < wanted.Count)
        {
            var unknown = wanted.Except(seen).First();
            return Error.NotFound("contact.not_found", $"No contact has the id {unknown.Value}.");
        }

        if (command.Add)
        {
            var members = await db.SegmentMembers.Where(m => m.SegmentId == id && wanted.Contains(m.ContactId)).ToListAsync(cancellationToken);
            var now = time.GetUtcNow().ToStoredPrecision();
            var added = wanted.Except(members.Select(m => m.ContactId)).Select(c => new SegmentMember(id, c, now)).ToList();
            db.SegmentMembers.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            return new SegmentMembersChanged(added.Count);
        }

        var removed = await StaticMembers.RemoveAsync(db, id, wanted, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SegmentMembersChanged(removed);
    }
}
