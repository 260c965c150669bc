using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.GetContact;

internal sealed record GetContact(Guid Id) : IQuery<Result<ContactResponse>>;

/// <summary>A contact the caller cannot see answers 404, like one that does not exist.</summary>
internal sealed class GetContactHandler(ContactsDbContext db, IRecordVisibility visibility, LinkedCompanies companies) : IQueryHandler<GetContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(GetContact query, CancellationToken cancellationToken)
    {
        var id = new ContactId(query.Id);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contact = await db.Contacts.AsNoTracking().VisibleTo(visible).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return contact is null
            ? ContactErrors.NotFound(query.Id)
            : ContactResponse.From(contact, await companies.NamesAsync([contact], cancellationToken));
    }
}
