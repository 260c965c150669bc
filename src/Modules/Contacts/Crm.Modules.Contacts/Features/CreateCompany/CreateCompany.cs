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

namespace Crm.Modules.Contacts.Features.CreateCompany;

/// <summary>Creates a company owned by <see cref="OwnerId"/>, or by the caller when it is not given.</summary>
internal sealed record CreateCompany(
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
    public static CreateCompany From(CompanyRequest r) =>
        new(r.Name, r.Domains, r.Industry, r.Size, r.Siren, r.Siret, r.VatNumber, r.Address, r.Phone, r.Website, r.Tags, r.ParentCompanyId, r.OwnerId, r.CustomFields);
}

internal sealed class CreateCompanyValidator(PhoneNumberReader phones) : CompanyDetailsValidator<CreateCompany>(phones);

internal sealed class CreateCompanyHandler(ContactsDbContext db, UniqueValuesLock uniqueValues, CompanyCreation companies, ICurrentUser currentUser)
    : ICommandHandler<CreateCompany, Result<CompanyResponse>>
{
    public async ValueTask<Result<CompanyResponse>> Handle(CreateCompany command, CancellationToken cancellationToken)
    {
        await using var held = await uniqueValues.TakeAsync(CustomFieldEntity.Company, command.CustomFields, cancellationToken);
        var company = await companies.CreateAsync(command, command.CustomFields, command.ParentCompanyId, command.OwnerId ?? currentUser.Id, cancellationToken);
        if (!company.IsSuccess)
        {
            return company.Error;
        }

        db.Companies.Add(company.Value);
        await db.SaveChangesAsync(cancellationToken);
        await held.CommitAsync(cancellationToken);
        return CompanyResponse.From(company.Value);
    }
}
