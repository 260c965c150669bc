using Crm.Modules.Identity.Persistence;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListApiTokens;

/// <summary>The caller's tokens, newest first, without their secrets. A user has at most a few dozen: no paging.</summary>
internal static class ListApiTokensEndpoint
{
    public sealed record Response(IReadOnlyList<ApiTokenResponse> Items);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/tokens", Handle)
            .WithName("ListApiTokens")
            .WithSummary("Lists your API tokens with their scopes, expiry, last use and revocation.")
            .RequireSession();

    private static async Task<Ok<Response>> Handle(IdentityModuleDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var userId = CurrentUserId.Of(http.User);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Response([.. tokens.OrderByDescending(t => t.Id.Value).Select(ApiTokenResponse.From)]));
    }
}
