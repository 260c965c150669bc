using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListCompanies;

/// <summary>
/// The companies the caller may see, whose name contains <see cref="Search"/> (any case) when given, in id order,
/// one keyset page at a time.
/// </summary>
internal sealed record ListCompanies(int? Limit, string? Cursor, string? Search) : IQuery<Result<Page<CompanyResponse>>>;

internal sealed class ListCompaniesValidator : AbstractValidator<ListCompanies>
{
    public ListCompaniesValidator() => RuleFor(q => q.Search).MaximumLength(ContactSearch.MaxTermLength);
}

// The lambda becomes SQL (LOWER and LIKE): culture and StringComparison overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
internal sealed class ListCompaniesHandler(ContactsDbContext db, IRecordVisibility visibility) : IQueryHandler<ListCompanies, Result<Page<CompanyResponse>>>
{
    public async ValueTask<Result<Page<CompanyResponse>>> Handle(ListCompanies query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var page = paging.Value;
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var companies = db.Companies.AsNoTracking().VisibleTo(visible);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var lowered = query.Search.Trim().ToLowerInvariant();
            companies = companies.Where(c => c.Name.ToLower().Contains(lowered));
        }

        if (page.After is { } after)
        {
            var afterId = new CompanyId(after);
            companies = companies.Where(c => c.Id.CompareTo(afterId) > 0);
        }

        var rows = await companies.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        return page.ToPage(rows, c => c.Id.Value, CompanyResponse.From);
    }
}
#pragma warning restore CA1304, CA1311, CA1862
