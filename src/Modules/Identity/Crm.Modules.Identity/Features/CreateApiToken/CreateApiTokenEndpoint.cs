using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.CreateApiToken;

internal static class CreateApiTokenEndpoint
{
    public sealed record Request(string? Name, IReadOnlyList<string>? Scopes, int? ExpiresInDays);

    public sealed record Response(Guid Id, string Token, string Name, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAtUtc);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/tokens", Handle)
            .WithName("CreateApiToken")
            .WithSummary("Creates a personal API token for integrations (Authorization: Bearer …). The token is shown only in this answer.")
            .RequireSession()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<Response>, ProblemHttpResult>> Handle(
        Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateApiToken(CurrentUserId.Of(http.User), request.Name, request.Scopes, request.ExpiresInDays), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        var details = result.Value.Details;
        http.Response.SetETag(details.Version);
        return TypedResults.Created($"/api/v1/me/tokens/{details.Id}", new Response(details.Id, result.Value.Token, details.Name, details.Scopes, details.ExpiresAtUtc));
    }
}
