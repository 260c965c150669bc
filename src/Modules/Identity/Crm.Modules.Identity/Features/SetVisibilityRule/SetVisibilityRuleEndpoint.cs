using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Identity.Features.SetVisibilityRule;

internal static class SetVisibilityRuleEndpoint
{
    public sealed record Request(string? Scope);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{recordType}", Handle)
            .WithName("SetVisibilityRule")
            .WithSummary("Sets who sees the records of a type: { \"scope\": \"own\" | \"team\" | \"all\" }.")
            .RequirePermission(Permissions.AdminUsers)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<VisibilityRuleResponse>, ProblemHttpResult>> Handle(
        string recordType, Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new SetVisibilityRule(recordType, request.Scope), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
