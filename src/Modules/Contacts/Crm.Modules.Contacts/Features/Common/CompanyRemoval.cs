using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>Deleting a company, by hand or in bulk: its notes go with it; contacts stay, their link to it goes.</summary>
internal static class CompanyRemoval
{
    public static Task<bool> HasSubsidiariesAsync(ContactsDbContext db, CompanyId id, CancellationToken cancellationToken) =>
        db.Companies.AnyAsync(c => c.ParentCompanyId == id, cancellationToken);

    /// <summary>Marks the removals on the context; the caller saves.</summary>
    public static async Task RemoveAsync(ContactsDbContext db, Company company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = company.Id.Value;
        db.Notes.RemoveRange(await db.Notes.Where(n => n.Subject == RecordKind.Company && n.SubjectId == id).ToListAsync(cancellationToken));
        company.MarkDeleted(now);
        db.Companies.Remove(company);
    }
}
