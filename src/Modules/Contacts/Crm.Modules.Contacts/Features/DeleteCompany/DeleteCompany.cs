using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.DeleteCompany;

/// <summary>
/// Deletes a company the caller can see, only if its version satisfies <see cref="Precondition"/> and no other company
/// names it as its parent. Contacts stay; their link to the company goes with it.
/// </summary>
internal sealed record DeleteCompany(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteCompanyHandler(ContactsDbContext db, IRecordVisibility visibility, TimeProvider time)
    : ICommandHandler<DeleteCompany, Result>
{
    public async ValueTask<Result> Handle(DeleteCompany command, CancellationToken cancellationToken)
    {
        var id = new CompanyId(command.Id);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var company = await db.Companies.VisibleTo(visible).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return CompanyErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(company.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        if (await CompanyRemoval.HasSubsidiariesAsync(db, id, cancellationToken))
        {
            return CompanyErrors.HasSubsidiaries(company.Name);
        }

        await CompanyRemoval.RemoveAsync(db, company, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
