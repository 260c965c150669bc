using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListCompanies;

/// <summary>
/// The companies the caller may see, whose name, domain, identifiers, phone or city hold <see cref="Search"/> when given, in id order,
/// one keyset page at a time.
/// </summary>
internal sealed record ListCompanies(int? Limit, string? Cursor, string? Search) : IQuery<Result<Page<CompanyResponse>>>;

internal sealed class ListCompaniesValidator : AbstractValidator<ListCompanies>
{
    public ListCompaniesValidator() => RuleFor(q => q.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class ListCompaniesHandler(SearchCandidates search, IRecordVisibility visibility) : IQueryHandler<ListCompanies, Result<Page<CompanyResponse>>>
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
        var companies = (await search.CompaniesHoldingAsync(query.Search, cancellationToken)).AsNoTracking().VisibleTo(visible);

        if (page.After is { } after)
        {
            var afterId = new CompanyId(after);
            companies = companies.Where(c => c.Id.CompareTo(afterId) > 0);
        }

        var rows = await companies.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        return page.ToPage(rows, c => c.Id.Value, CompanyResponse.From);
    }
}
