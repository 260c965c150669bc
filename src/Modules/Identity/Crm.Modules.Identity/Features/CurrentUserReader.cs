using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Crm.Modules.Identity.Features;

/// <summary>Builds <see cref="MeResponse"/> from the user and the roles and permissions they hold now.</summary>
internal sealed class CurrentUserReader(UserManager<User> users, RoleManager<Role> roles)
{
    public async Task<MeResponse> ReadAsync(User user)
    {
        var roleNames = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var permissions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var roleName in roleNames)
        {
            var role = await roles.FindByNameAsync(roleName);
            if (role is not null)
            {
                permissions.UnionWith((await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value));
            }
        }

        return new MeResponse(user.Id, user.Email!, user.DisplayName, user.Language, user.TimeZone, roleNames, [.. permissions], user.TwoFactorEnabled, user.ProfileVersion);
    }
}
