using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.ConfirmMfaEnrolment;

internal static class ConfirmMfaEnrolmentEndpoint
{
    public sealed record Request(string? Code);

    public sealed record Response(IReadOnlyList<string> RecoveryCodes);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/mfa/enrolment/confirm", Handle)
            .WithName("ConfirmMfaEnrolment")
            .WithSummary("Turns MFA on with a code from the authenticator app; answers ten recovery codes, shown only once.")
            .RequireSession()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ConfirmMfaEnrolment(CurrentUserId.Of(http.User), request.Code), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(new Response(result.Value)) : result.Error.ToProblem(http);
    }
}
