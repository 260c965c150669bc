using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>What a note or a timeline entry is about must be visible to the caller: the contact or the company.</summary>
internal sealed class VisibleSubjects(ContactsDbContext db, IRecordVisibility visibility)
{
    public async Task<Result> CheckVisibleAsync(RecordKind subject, Guid subjectId, CancellationToken cancellationToken)
    {
        if (subject == RecordKind.Contact)
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
