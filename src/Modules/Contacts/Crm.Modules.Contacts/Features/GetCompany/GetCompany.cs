using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.GetCompany;

internal sealed record GetCompany(Guid Id) : IQuery<Result<CompanyResponse>>;

/// <summary>A company the caller cannot see answers 404, like one that does not exist.</summary>
internal sealed class GetCompanyHandler(ContactsDbContext db, IRecordVisibility visibility) : IQueryHandler<GetCompany, Result<CompanyResponse>>
{
    public async ValueTask<Result<CompanyResponse>> Handle(GetCompany query, CancellationToken cancellationToken)
    {
        var id = new CompanyId(query.Id);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var company = await db.Companies.AsNoTracking().VisibleTo(visible).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return company is null ? CompanyErrors.NotFound(query.Id) : CompanyResponse.From(company);
    }
}
