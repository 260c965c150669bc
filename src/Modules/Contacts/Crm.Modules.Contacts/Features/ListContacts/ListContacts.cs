using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListContacts;

/// <summary>
/// The contacts the caller may see, whose name, email or phone holds <see cref="Search"/> when given, in id order (ids are time-ordered, so
/// roughly creation order), one keyset page at a time.
/// </summary>
internal sealed record ListContacts(int? Limit, string? Cursor, string? Search) : IQuery<Result<Page<ContactResponse>>>;

internal sealed class ListContactsValidator : AbstractValidator<ListContacts>
{
    public ListContactsValidator() => RuleFor(q => q.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class ListContactsHandler(SearchCandidates search, IRecordVisibility visibility, LinkedCompanies companies) : IQueryHandler<ListContacts, Result<Page<ContactResponse>>>
{
    public async ValueTask<Result<Page<ContactResponse>>> Handle(ListContacts query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var page = paging.Value;
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contacts = (await search.ContactsHoldingAsync(query.Search, cancellationToken)).AsNoTracking().VisibleTo(visible);
        if (page.After is { } after)
        {
            var afterId = new ContactId(after);
            contacts = contacts.Where(c => c.Id.CompareTo(afterId) > 0);
        }

        var rows = await contacts.OrderBy(c => c.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var names = await companies.NamesAsync(rows, cancellationToken);
        return page.ToPage(rows, c => c.Id.Value, c => ContactResponse.From(c, names));
    }
}
