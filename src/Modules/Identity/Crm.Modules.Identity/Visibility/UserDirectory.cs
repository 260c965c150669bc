using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Visibility;

internal sealed class UserDirectory(DirectoryCache directory, IdentityModuleDbContext db) : IUserDirectory
{
    public async ValueTask<bool> IsActiveUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if ((await directory.GetAsync(cancellationToken)).FindUser(userId) is { } known)
        {
            return known.IsActive;
        }

        // Perhaps created since the snapshot (by another process, or provisioned at sign-in): one row to ask, and the
        // snapshot is read again only when the user really exists, so made-up ids cannot keep it reloading.
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return false;
        }

        directory.Invalidate();
        return (await directory.GetAsync(cancellationToken)).FindUser(userId)?.IsActive == true;
    }

    public async ValueTask<Guid?> TeamOfAsync(Guid userId, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).FindUser(userId)?.TeamId;
}
