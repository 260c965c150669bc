using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Crm.Shared.Infrastructure.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.GetMe;

internal static class GetMeEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", Handle)
            .WithName("GetMe")
            .WithSummary("The signed-in user: roles, permissions, language and time zone; the ETag is the profile's version. Also renews the XSRF-TOKEN cookie.")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Handle(UserManager<User> users, CurrentUserReader reader, HttpContext http)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null || !user.IsActive)
        {
            return Error.Unauthenticated("auth.session_ended", "Your session has ended: sign in again.").ToProblem(http);
        }

        AntiforgeryCookie.Issue(http);
        http.Response.SetETag(user.ProfileVersion);
        return TypedResults.Ok(await reader.ReadAsync(user));
    }
}
