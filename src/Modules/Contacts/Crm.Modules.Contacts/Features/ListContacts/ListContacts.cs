using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Contacts.Features.ListContacts;

/// <summary>
/// The contacts the caller may see (of a segment when <see cref="SegmentId"/> is given), narrowed by <see cref="Search"/> and <see cref="Filters"/>, in <see cref="Sort"/>
/// order (creation by default), one keyset page at a time; the first page says how many there are.
/// </summary>
internal sealed record ListContacts(int? Limit, string? Cursor, string? Search, IReadOnlyList<string>? Filters = null, string? Sort = null, Guid? SegmentId = null)
    : IQuery<Result<ContactListPage>>;

/// <summary>
/// A page of contacts. <see cref="Total"/> comes with the first page only: exact up to 10,000, estimated above
/// (<see cref="TotalIsEstimate"/>).
/// </summary>
internal sealed record ContactListPage(IReadOnlyList<ContactResponse> Items, string? NextCursor, long? Total, bool TotalIsEstimate);

internal sealed class ListContactsValidator : AbstractValidator<ListContacts>
{
    public ListContactsValidator() => RuleFor(q => q.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class ListContactsHandler(ContactSelection selection, LinkedCompanies companies, RowEstimates estimates)
    : IQueryHandler<ListContacts, Result<ContactListPage>>
{
    public async ValueTask<Result<ContactListPage>> Handle(ListContacts query, CancellationToken cancellationToken)
    {
        var request = (await selection.FieldsAsync(cancellationToken)).Page(query.Limit, query.Cursor, query.Sort);
        if (!request.IsSuccess)
        {
            return request.Error;
        }

        var filtered = await selection.SelectAsync(query.Search, query.Filters, query.SegmentId, cancellationToken);
        if (!filtered.IsSuccess)
        {
            return filtered.Error;
        }

        var page = await request.Value.ReadAsync(filtered.Value, estimates, cancellationToken);
        var names = await companies.NamesAsync(page.Items, cancellationToken);
        return new ContactListPage([.. page.Items.Select(c => ContactResponse.From(c, names))], page.NextCursor, page.Total, page.TotalIsEstimate);
    }
}
