using System.Security.Claims;

namespace Crm.Modules.Identity.Features;

internal static class CurrentUserId
{
    /// <summary>The signed-in user's id; endpoints calling this require an authenticated caller.</summary>
    public static Guid Of(ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The caller is not signed in."));
}
