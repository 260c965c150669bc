using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Filters;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
        var paging = PageRequest.Parse(query.Limit, cursor: null);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var sort = (await selection.FieldsAsync(cancellationToken)).Sort(query.Sort);
        if (!sort.IsSuccess)
        {
            return sort.Error;
        }

        var (order, descending) = sort.Value;
        var sortName = (descending ? "-" : string.Empty) + order.Name;
        var after = query.Cursor is { Length: > 0 } ? ListCursor.Decode(query.Cursor) : null;
        if (query.Cursor is { Length: > 0 } && (after?.Value is null || after.Sort != sortName || !order.Accepts(after.Value)))
        {
            return Error.Validation("paging.cursor_invalid", "cursor is not one this list returned: pass nextCursor from the previous page unchanged, with the same sort.");
        }

        var filtered = await selection.SelectAsync(query.Search, query.Filters, query.SegmentId, cancellationToken);
        if (!filtered.IsSuccess)
        {
            return filtered.Error;
        }

        var contacts = filtered.Value;
        var page = after is null ? contacts : order.After(contacts, after.Value, new ContactId(after.Id), descending);
        var limit = paging.Value.Limit;
        var rows = await order.Order(page, descending).Take(limit + 1).ToListAsync(cancellationToken);
        var names = await companies.NamesAsync(rows, cancellationToken);
        var next = rows.Count > limit ? new ListCursor(sortName, order.ValueOf(rows[limit - 1]), rows[limit - 1].Id.Value).Encode() : null;
        var (total, estimated) = after is null ? await estimates.CountAsync(contacts, cancellationToken) : (0, false);
        return new ContactListPage(
            [.. rows.Take(limit).Select(c => ContactResponse.From(c, names))],
            next,
            after is null ? total : null,
            estimated);
    }
}
