using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Notes;

/// <summary>A note is seen by whoever sees what it is about: the contact or company must be visible to the caller.</summary>
internal sealed class NoteSubjects(ContactsDbContext db, IRecordVisibility visibility)
{
    public async Task<Result> CheckVisibleAsync(NoteSubject subject, Guid subjectId, CancellationToken cancellationToken)
    {
        if (subject == NoteSubject.Contact)
        {
            var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
            var id = new ContactId(subjectId);
            return await db.Contacts.VisibleTo(visible).AnyAsync(c => c.Id == id, cancellationToken) ? Result.Success() : ContactErrors.NotFound(subjectId);
        }

        var visibleCompanies = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var companyId = new CompanyId(subjectId);
        return await db.Companies.VisibleTo(visibleCompanies).AnyAsync(c => c.Id == companyId, cancellationToken)
            ? Result.Success()
            : CompanyErrors.NotFound(subjectId);
    }
}
