using System.Security.Claims;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Identity.Features;

/// <summary>
/// The claims of a session: Identity's own (id, name, security stamp), the role names, and the permissions as
/// <see cref="CurrentUserReader"/> computes them (none while a required MFA enrolment is pending). Built at sign-in and
/// whenever the user's access tag changed (<see cref="Sessions.SessionAccess"/>): a request whose tag is unchanged takes
/// the claims built last, so a role's new permissions still apply at the holders' next request, in every host process.
/// </summary>
internal sealed class SessionPrincipalFactory(UserManager<User> users, IOptions<IdentityOptions> options, CurrentUserReader reader)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var me = await reader.ReadAsync(user);
        identity.AddClaims(me.Roles.Select(role => new Claim(Options.ClaimsIdentity.RoleClaimType, role)));
        identity.AddClaims(me.Permissions.Select(permission => new Claim(PermissionClaims.Type, permission)));
        return identity;
    }
}
