using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.UpdateProfile;

internal static class UpdateProfileEndpoint
{
    public sealed record Request(string? DisplayName, string? Language, string? TimeZone);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/profile", Handle)
            .WithName("UpdateProfile")
            .WithSummary("Changes your display name, language (fr, en) and IANA time zone. Requires If-Match with the ETag of GET /api/v1/me.")
            .RequireSession()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Handle(Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var result = await sender.Send(
            new UpdateProfile(CurrentUserId.Of(http.User), precondition.Value, request.DisplayName, request.Language, request.TimeZone),
            cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.ProfileVersion);
        return TypedResults.Ok(result.Value);
    }
}
