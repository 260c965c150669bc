using System.Text.Json;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.UpdateCompany;

/// <summary>
/// Replaces a company's details and parent (and its owner, when <see cref="OwnerId"/> is given), only if its version
/// satisfies <see cref="Precondition"/>. A company the caller cannot see is not found.
/// </summary>
internal sealed record UpdateCompany(
    Guid Id,
    VersionPrecondition Precondition,
    string? Name,
    IReadOnlyList<string>? Domains,
    string? Industry,
    CompanySize? Size,
    string? Siren,
    string? Siret,
    string? VatNumber,
    AddressInput? Address,
    string? Phone,
    string? Website,
    IReadOnlyList<string>? Tags,
    Guid? ParentCompanyId,
    Guid? OwnerId,
    IReadOnlyDictionary<string, JsonElement>? CustomFields = null) : ICommand<Result<CompanyResponse>>, ICompanyDetails
{
    public static UpdateCompany From(Guid id, VersionPrecondition precondition, CompanyRequest r) =>
        new(id, precondition, r.Name, r.Domains, r.Industry, r.Size, r.Siren, r.Siret, r.VatNumber, r.Address, r.Phone, r.Website, r.Tags, r.ParentCompanyId, r.OwnerId, r.CustomFields);
}

internal sealed class UpdateCompanyValidator(PhoneNumberReader phones) : CompanyDetailsValidator<UpdateCompany>(phones);

internal sealed class UpdateCompanyHandler(
    ContactsDbContext db,
    CompanyDetailsReader reader,
    RecordCustomFields customFields,
    UniqueValuesLock uniqueValues,
    CompanyParent parents,
    IRecordVisibility visibility,
    IUserDirectory directory,
    TimeProvider time)
    : ICommandHandler<UpdateCompany, Result<CompanyResponse>>
{
    public async ValueTask<Result<CompanyResponse>> Handle(UpdateCompany command, CancellationToken cancellationToken)
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

        if (command.OwnerId is { } owner && owner != company.OwnerId && !await directory.IsActiveUserAsync(owner, cancellationToken))
        {
            return CompanyErrors.OwnerUnknown(owner);
        }

        var details = reader.Read(command);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        await using var held = await uniqueValues.TakeAsync(CustomFieldEntity.Company, command.CustomFields, cancellationToken);
        var values = await customFields.ForCompanyAsync(company, command.CustomFields, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error;
        }

        // An unchanged parent stays even when the caller no longer sees it.
        var parent = command.ParentCompanyId == company.ParentCompanyId?.Value
            ? Result<CompanyId?>.Success(company.ParentCompanyId)
            : await parents.CheckAsync(command.ParentCompanyId, company.Id, visible, cancellationToken);
        if (!parent.IsSuccess)
        {
            return parent.Error;
        }

        var now = time.GetUtcNow();
        company.Update(details.Value.WithCustomFields(values.Value), parent.Value, now);
        company.AssignOwner(command.OwnerId ?? company.OwnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        await held.CommitAsync(cancellationToken);
        return CompanyResponse.From(company);
    }
}
