using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListCompanyMerges;

/// <summary>The merges into a company that can still be undone (recent, and the company unchanged since), newest first.</summary>
internal sealed record ListCompanyMerges(Guid CompanyId) : IQuery<Result<IReadOnlyList<MergeResponse>>>;

internal sealed class ListCompanyMergesHandler(ContactsDbContext db, IRecordVisibility visibility, TimeProvider time)
    : IQueryHandler<ListCompanyMerges, Result<IReadOnlyList<MergeResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<MergeResponse>>> Handle(ListCompanyMerges query, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var target = await db.Companies.AsNoTracking().VisibleTo(visible).SingleOrDefaultAsync(c => c.Id == new CompanyId(query.CompanyId), cancellationToken);
        if (target is null)
        {
            return CompanyErrors.NotFound(query.CompanyId);
        }

        var merges = await db.CompanyMerges.AsNoTracking().Where(m => m.TargetId == query.CompanyId && m.UndoneAtUtc == null).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return merges.Where(m => m.CanBeUndone(target.UpdatedAtUtc, now)).OrderByDescending(m => m.MergedAtUtc).Select(MergeResponse.From).ToList();
    }
}
