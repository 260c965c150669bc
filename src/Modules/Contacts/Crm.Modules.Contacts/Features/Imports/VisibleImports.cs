using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>An import is seen and handled by the person who uploaded it only: its file and errors hold what they brought.</summary>
internal static class VisibleImports
{
    public static Task<ContactImport?> FindAsync(this ContactsDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken) =>
        db.Imports.SingleOrDefaultAsync(i => i.Id == new ImportId(id) && i.CreatedBy == user.Id, cancellationToken);
}
