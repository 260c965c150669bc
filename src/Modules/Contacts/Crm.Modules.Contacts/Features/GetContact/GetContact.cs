using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.GetContact;

internal sealed record GetContact(Guid Id) : IQuery<Result<ContactResponse>>;

/// <summary>A contact the caller cannot see answers 404, like one that does not exist.</summary>
internal sealed class GetContactHandler(ContactsDbContext db, IRecordVisibility visibility, ContactRead read) : IQueryHandler<GetContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(GetContact query, CancellationToken cancellationToken)
    {
        var contacts = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var companies = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var found = await read.FindAsync(db, new ContactId(query.Id), contacts, companies, cancellationToken);
        return found is null
            ? ContactErrors.NotFound(query.Id)
            : ContactResponse.From(found.Contact, found.Companies.Where(c => c.Name is not null).ToDictionary(c => c.CompanyId, c => c.Name!));
    }
}
