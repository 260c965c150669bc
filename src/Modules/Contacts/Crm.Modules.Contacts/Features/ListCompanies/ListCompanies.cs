using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Contacts.Features.ListCompanies;

/// <summary>
/// The companies the caller may see, whose name, domain, identifiers, phone or city hold <see cref="Search"/> when given,
/// meeting <see cref="Filters"/>, in <see cref="Sort"/> order (creation by default), one keyset page at a time; the first
/// page says how many there are.
/// </summary>
internal sealed record ListCompanies(int? Limit, string? Cursor, string? Search, IReadOnlyList<string>? Filters = null, string? Sort = null)
    : IQuery<Result<CompanyListPage>>;

/// <summary>
/// A page of companies. <see cref="Total"/> comes with the first page only: exact up to 10,000, estimated above
/// (<see cref="TotalIsEstimate"/>).
/// </summary>
internal sealed record CompanyListPage(IReadOnlyList<CompanyResponse> Items, string? NextCursor, long? Total, bool TotalIsEstimate);

internal sealed class ListCompaniesValidator : AbstractValidator<ListCompanies>
{
    public ListCompaniesValidator() => RuleFor(q => q.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class ListCompaniesHandler(CompanySelection selection, RowEstimates estimates) : IQueryHandler<ListCompanies, Result<CompanyListPage>>
{
    public async ValueTask<Result<CompanyListPage>> Handle(ListCompanies query, CancellationToken cancellationToken)
    {
        var request = (await selection.FieldsAsync(cancellationToken)).Page(query.Limit, query.Cursor, query.Sort);
        if (!request.IsSuccess)
        {
            return request.Error;
        }

        var filtered = await selection.SelectAsync(query.Search, query.Filters, cancellationToken);
        if (!filtered.IsSuccess)
        {
            return filtered.Error;
        }

        var page = await request.Value.ReadAsync(filtered.Value, estimates, cancellationToken);
        return new CompanyListPage([.. page.Items.Select(CompanyResponse.From)], page.NextCursor, page.Total, page.TotalIsEstimate);
    }
}
