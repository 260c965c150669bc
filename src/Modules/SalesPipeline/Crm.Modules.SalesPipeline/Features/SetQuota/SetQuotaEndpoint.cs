using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Forecast;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.SetQuota;

internal static class SetQuotaEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{userId:guid}/{period}", Handle)
            .WithName("SetQuota")
            .RequirePermission(Permissions.SalesSetup)
            .WithSummary("Sets a user's quota for a month (period yyyy-MM): { amount, currency? } (currency defaults to Sales:DefaultCurrency); an amount of 0 or null removes it (204). If-Match is checked when sent (\"0\" for none yet).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<Results<Ok<QuotaResponse>, NoContent, ProblemHttpResult>> Handle(
        Guid userId, string period, QuotaRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        VersionPrecondition? precondition = null;
        if (!string.IsNullOrWhiteSpace(http.Request.Headers.IfMatch.ToString()))
        {
            var read = http.Request.ReadIfMatch();
            if (!read.IsSuccess)
            {
                return read.Error.ToProblem(http);
            }

            precondition = read.Value;
        }

        var result = await sender.Send(new SetQuota(userId, period, request, precondition), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        if (result.Value is not { } quota)
        {
            return TypedResults.NoContent();
        }

        http.Response.SetETag(quota.Version);
        return TypedResults.Ok(quota);
    }
}
