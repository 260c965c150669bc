using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.UndoCompanyMerge;

/// <summary>
/// Undoes a company merge: the folded companies come back with their notes, timelines, contacts and subsidiaries, and
/// the kept company gets back its details, parent and owner.
/// </summary>
internal sealed record UndoCompanyMerge(Guid Id) : ICommand<Result<MergeResponse>>;

internal sealed class UndoCompanyMergeHandler(ContactsDbContext db, IRecordVisibility visibility, TimeProvider time)
    : ICommandHandler<UndoCompanyMerge, Result<MergeResponse>>
{
    public async ValueTask<Result<MergeResponse>> Handle(UndoCompanyMerge command, CancellationToken cancellationToken)
    {
        var merge = await db.CompanyMerges.SingleOrDefaultAsync(m => m.Id == new MergeId(command.Id), cancellationToken);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var target = merge is null ? null : await db.Companies.VisibleTo(visible).SingleOrDefaultAsync(c => c.Id == new CompanyId(merge.TargetId), cancellationToken);
        if (merge is null || target is null)
        {
            return MergeErrors.CompanyMergeNotFound(command.Id);
        }

        var now = time.GetUtcNow();
        var undone = merge.Undo(target.UpdatedAtUtc, now);
        if (!undone.IsSuccess)
        {
            return undone.Error;
        }

        var sourceIds = merge.SourceIds.Select(id => new CompanyId(id)).ToList();
        var sources = await db.Companies.IgnoreQueryFilters().Where(c => sourceIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var before = CompanySnapshot.Read(merge.TargetBefore);
        var parent = before.ParentCompanyId is { } p && await db.Companies.AnyAsync(c => c.Id == new CompanyId(p), cancellationToken) ? new CompanyId(p) : (CompanyId?)null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MergedEntries.MoveBackAsync(db, RecordKind.Company, merge.TargetId, merge.Moved, cancellationToken);
        await RestoreLinksAsync(merge, cancellationToken);
        await RestoreSubsidiariesAsync(merge, cancellationToken);
        sources.ForEach(s => s.Unfold());
        target.Update(before.ToDetails(), parent, now);
        target.AssignOwner(before.OwnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MergeResponse.From(merge);
    }

    private async Task RestoreLinksAsync(CompanyMerge merge, CancellationToken cancellationToken)
    {
        var merged = merge.SourceIds.Append(merge.TargetId).Select(id => new CompanyId(id)).ToHashSet();
        var contactIds = merge.LinksBefore.Select(l => new ContactId(l.ContactId)).Distinct().ToList();
        var contacts = await db.Contacts.IgnoreQueryFilters().Where(c => contactIds.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var contact in contacts)
        {
            var links = merge.LinksBefore.Where(l => l.ContactId == contact.Id.Value)
                .Select(l => ContactCompany.Create(new CompanyId(l.CompanyId), l.Role, l.IsPrimary).Value).ToList();
            contact.RestoreCompanyLinks(merged, links);
        }
    }

    /// <summary>Subsidiaries still under the kept company go back to the parent they had; those moved elsewhere since stay.</summary>
    private async Task RestoreSubsidiariesAsync(CompanyMerge merge, CancellationToken cancellationToken)
    {
        var ids = merge.Children.Select(c => new CompanyId(c.CompanyId)).ToList();
        var target = new CompanyId(merge.TargetId);
        var children = await db.Companies.Where(c => ids.Contains(c.Id) && c.ParentCompanyId == target).ToListAsync(cancellationToken);
        foreach (var child in children)
        {
            child.MoveUnder(new CompanyId(merge.Children.First(c => c.CompanyId == child.Id.Value).FromParentId));
        }
    }
}
