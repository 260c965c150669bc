using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.UndoMerge;

/// <summary>Undoes a merge: the folded contacts come back as they were, with their notes and timelines, and the kept contact gets back its details and owner.</summary>
internal sealed record UndoMerge(Guid Id) : ICommand<Result<MergeResponse>>;

internal sealed class UndoMergeHandler(ContactsDbContext db, IRecordVisibility visibility, TimeProvider time) : ICommandHandler<UndoMerge, Result<MergeResponse>>
{
    public async ValueTask<Result<MergeResponse>> Handle(UndoMerge command, CancellationToken cancellationToken)
    {
        var merge = await db.Merges.SingleOrDefaultAsync(m => m.Id == new MergeId(command.Id), cancellationToken);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var target = merge is null ? null : await db.Contacts.VisibleTo(visible).SingleOrDefaultAsync(c => c.Id == new ContactId(merge.TargetId), cancellationToken);
        if (merge is null || target is null)
        {
            return MergeErrors.NotFound(command.Id);
        }

        var now = time.GetUtcNow();
        var undone = merge.Undo(target.UpdatedAtUtc, now);
        if (!undone.IsSuccess)
        {
            return undone.Error;
        }

        var sourceIds = merge.SourceIds.Select(id => new ContactId(id)).ToList();
        var sources = await db.Contacts.IgnoreQueryFilters().Where(c => sourceIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var before = ContactSnapshot.Read(merge.TargetBefore);
        var linked = before.Companies.Select(l => new CompanyId(l.CompanyId)).ToList();
        var companiesStillThere = (await db.Companies.Where(c => linked.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => c.Value).ToHashSet();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MergedEntries.MoveBackAsync(db, RecordKind.Contact, merge.TargetId, merge.Moved, cancellationToken);
        sources.ForEach(s => s.Unfold());
        target.Update(before.ToDetails(companiesStillThere), now);
        target.AssignOwner(before.OwnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MergeResponse.From(merge);
    }
}
