using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
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

    public async ValueTask<UserSummary?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var known = (await directory.GetAsync(cancellationToken)).FindUser(userId);
        if (known is null && await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            // Created since the snapshot: read it again, as IsActiveUserAsync does.
            directory.Invalidate();
            known = (await directory.GetAsync(cancellationToken)).FindUser(userId);
        }

        return known is null ? null : new UserSummary(known.Id, known.DisplayName, known.Email, known.Language, known.TimeZone, known.IsActive);
    }

    public async ValueTask<Guid?> TeamOfAsync(Guid userId, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).FindUser(userId)?.TeamId;

    public async ValueTask<IReadOnlyList<Guid>?> MembersOfTeamAsync(Guid teamId, CancellationToken cancellationToken)
    {
        if ((await directory.GetAsync(cancellationToken)).MembersOf(teamId) is { } members)
        {
            return members;
        }

        // As for users: a team created since the snapshot is read again, a made-up id is not.
        if (!await db.Teams.AnyAsync(t => t.Id == new TeamId(teamId), cancellationToken))
        {
            return null;
        }

        directory.Invalidate();
        return (await directory.GetAsync(cancellationToken)).MembersOf(teamId);
    }
}
