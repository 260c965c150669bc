using Crm.Modules.Identity.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.SignOut;

/// <summary>Closes the session. Nothing to decide, so no command: the endpoint asks Identity directly.</summary>
internal static class SignOutEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/sign-out", Handle)
            .WithName("SignOut")
            .WithSummary("Closes the session and removes its cookie.")
            .RequireAuthorization();

    private static async Task<NoContent> Handle(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
