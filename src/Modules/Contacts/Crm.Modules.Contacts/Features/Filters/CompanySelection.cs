using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Filters;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Filters;

/// <summary>The companies a list or an export is about: those the caller sees, found by a search and meeting filters when given.</summary>
internal sealed class CompanySelection(ContactsDbContext db, SearchCandidates search, IRecordVisibility visibility, CustomFieldCatalog customFields, PhoneNumberReader phones)
{
    public async Task<CompanyListFields> FieldsAsync(CancellationToken cancellationToken) =>
        new(await customFields.ForAsync(CustomFieldEntity.Company, cancellationToken), phones, db.Provider);

    public async Task<Result<IQueryable<Company>>> SelectAsync(string? query, IReadOnlyList<string>? filters, CancellationToken cancellationToken)
    {
        var conditions = FilterSyntax.Parse(filters);
        if (!conditions.IsSuccess)
        {
            return conditions.Error;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        return await SelectAsync(query, conditions.Value, visible, cancellationToken);
    }

    /// <summary>The same, for someone other than the caller (a background job working for the person who started it).</summary>
    public async Task<Result<IQueryable<Company>>> SelectAsync(string? query, IReadOnlyList<FilterCondition> conditions, VisibleOwners visible, CancellationToken cancellationToken)
    {
        var companies = (await search.CompaniesHoldingAsync(query, cancellationToken)).AsNoTracking().VisibleTo(visible);
        return (await FieldsAsync(cancellationToken)).Apply(companies, conditions);
    }
}
