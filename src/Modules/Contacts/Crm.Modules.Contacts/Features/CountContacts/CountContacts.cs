using Crm.Modules.Contacts.Features.Search;
using Crm.Modules.Identity.Contracts;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.CountContacts;

/// <summary>How many contacts the caller may see, matching <see cref="Search"/> when given.</summary>
internal sealed record CountContacts(string? Search) : IQuery<ContactCount>;

internal sealed record ContactCount(int Count);

internal sealed class CountContactsValidator : AbstractValidator<CountContacts>
{
    public CountContactsValidator() => RuleFor(q => q.Search).MaximumLength(SearchQuery.MaxLength);
}

internal sealed class CountContactsHandler(SearchCandidates search, IRecordVisibility visibility) : IQueryHandler<CountContacts, ContactCount>
{
    public async ValueTask<ContactCount> Handle(CountContacts query, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        return new ContactCount(await (await search.ContactsHoldingAsync(query.Search, cancellationToken)).VisibleTo(visible).CountAsync(cancellationToken));
    }
}
