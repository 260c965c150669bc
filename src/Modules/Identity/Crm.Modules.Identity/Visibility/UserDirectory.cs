using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Identity.Visibility;

internal sealed class UserDirectory(DirectoryCache directory) : IUserDirectory
{
    public async ValueTask<bool> IsActiveUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = (await directory.GetAsync(cancellationToken)).FindUser(userId);
        if (user is null)
        {
            // Someone created since the snapshot (by another process, or provisioned at sign-in): read again once.
            directory.Invalidate();
            user = (await directory.GetAsync(cancellationToken)).FindUser(userId);
        }

        return user?.IsActive == true;
    }
}
