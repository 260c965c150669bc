using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Crm.Modules.Identity.Features.InviteUser;

internal static class InviteUserEndpoint
{
    public sealed record Request(string? Email, string? DisplayName, IReadOnlyList<string>? Roles, string? Language, string? TimeZone, Guid? TeamId);

    /// <summary>The link the invited person opens to choose a password (valid 72 h, once).</summary>
    public sealed record Response(UserResponse User, string InvitationLink, DateTimeOffset ExpiresAtUtc);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/invitations", Handle)
            .WithName("InviteUser")
            .WithSummary("Invites a user: creates the account without a password and returns the invitation link.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<Response>, ProblemHttpResult>> Handle(
        Request request, ISender sender, IConfiguration configuration, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new InviteUser(request.Email, request.DisplayName, request.Roles, request.Language, request.TimeZone, request.TeamId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        var invited = result.Value;
        // The public address comes from configuration when set, not from the request's Host header; the token travels in
        // the fragment, which browsers never send to a server nor put in a Referer.
        var baseUrl = configuration["Crm:PublicUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
        var link = $"{baseUrl}/invitation#user={invited.User.Id}&token={Uri.EscapeDataString(invited.InvitationToken)}";
        return TypedResults.Created($"/api/v1/users/{invited.User.Id}", new Response(invited.User, link, invited.ExpiresAtUtc));
    }
}
