using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListMerges;

/// <summary>The merges into a contact that can still be undone (recent, and the contact unchanged since), newest first.</summary>
internal sealed record ListMerges(Guid ContactId) : IQuery<Result<IReadOnlyList<MergeResponse>>>;

internal sealed class ListMergesHandler(ContactsDbContext db, IRecordVisibility visibility, TimeProvider time)
    : IQueryHandler<ListMerges, Result<IReadOnlyList<MergeResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<MergeResponse>>> Handle(ListMerges query, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var target = await db.Contacts.AsNoTracking().VisibleTo(visible).SingleOrDefaultAsync(c => c.Id == new ContactId(query.ContactId), cancellationToken);
        if (target is null)
        {
            return ContactErrors.NotFound(query.ContactId);
        }

        var merges = await db.Merges.AsNoTracking().Where(m => m.TargetId == query.ContactId && m.UndoneAtUtc == null).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return merges.Where(m => m.CanBeUndone(target.UpdatedAtUtc, now)).OrderByDescending(m => m.MergedAtUtc).Select(MergeResponse.From).ToList();
    }
}
