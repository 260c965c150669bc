using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.SignOut;

/// <summary>
/// Closes the session. The cookie is self-contained, so removing it is not enough against a copy of it: the user's
/// security stamp changes, which ends every session of the user (all devices) at its next request.
/// </summary>
internal static class SignOutEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/sign-out", Handle)
            .WithName("SignOut")
            .WithSummary("Closes your sessions (on every device) and removes the cookie.")
            .RequireSession();

    private static async Task<NoContent> Handle(SignInManager<User> signIn, HttpContext http)
    {
        if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
