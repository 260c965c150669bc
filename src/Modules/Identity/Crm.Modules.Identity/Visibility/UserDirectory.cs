using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Identity.Visibility;

internal sealed class UserDirectory(DirectoryCache directory) : IUserDirectory
{
    public async ValueTask<bool> IsActiveUserAsync(Guid userId, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).FindUser(userId)?.IsActive == true;
}
