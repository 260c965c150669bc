using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListCompanyContacts;

/// <summary>The contacts linked to a company that the caller may see, in id order, one keyset page at a time.</summary>
internal sealed record ListCompanyContacts(Guid CompanyId, int? Limit, string? Cursor) : IQuery<Result<Page<ContactResponse>>>;

internal sealed class ListCompanyContactsHandler(ContactsDbContext db, IRecordVisibility visibility, LinkedCompanies companies)
    : IQueryHandler<ListCompanyContacts, Result<Page<ContactResponse>>>
{
    public async ValueTask<Result<Page<ContactResponse>>> Handle(ListCompanyContacts query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error;
        }

        var companyId = new CompanyId(query.CompanyId);
        var visibleCompanies = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        if (!await db.Companies.VisibleTo(visibleCompanies).AnyAsync(c => c.Id == companyId, cancellationToken))
        {
            return CompanyErrors.NotFound(query.CompanyId);
        }

        var page = paging.Value;
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contacts = db.Contacts.AsNoTracking().VisibleTo(visible).Where(c => c.Companies.Any(l => l.CompanyId == companyId));
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
