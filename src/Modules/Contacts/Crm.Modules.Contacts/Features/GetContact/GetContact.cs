using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.GetContact;

internal sealed record GetContact(Guid Id) : IQuery<Result<ContactResponse>>;

internal sealed class GetContactHandler(ContactsDbContext db) : IQueryHandler<GetContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(GetContact query, CancellationToken cancellationToken)
    {
        var id = new ContactId(query.Id);
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return contact is null ? ContactErrors.NotFound(query.Id) : ContactResponse.From(contact);
    }
}
