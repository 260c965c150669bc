using System.Text.Json;
using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.ConvertLead;

internal static class ConvertLeadEndpoint
{
    public sealed record Request(
        Guid ContactId, string? DealName, MoneyRequest? Amount, DateOnly? ExpectedCloseDate, Guid? PipelineId, string? NewCompanyName, IReadOnlyDictionary<string, JsonElement>? CustomFields);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/from-lead", Handle)
            .WithName("ConvertLead")
            .RequirePermission(Permissions.DealsWrite)
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Qualifies a lead: the contact becomes an opportunity (its company created from newCompanyName when it has none), and a deal opens with the contact as decision maker.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<DealResponse>, ProblemHttpResult>> Handle(
        Request request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var command = new ConvertLead(request.ContactId, request.DealName, request.Amount, request.ExpectedCloseDate, request.PipelineId, request.NewCompanyName, request.CustomFields);
        var result = await sender.Send(command, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/deals/{result.Value.Id}", result.Value);
    }
}
