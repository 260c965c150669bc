using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.DefineDealCustomField;

/// <summary>A new deal field, as for contacts' fields; deal fields cannot be unique.</summary>
internal sealed record DefineDealCustomFieldRequest(
    string? Key,
    string? Label,
    CustomFieldType Type,
    bool IsRequired,
    bool IsUnique,
    IReadOnlyList<CustomFieldOptionInput>? Options,
    string? Currency,
    int? Position);

internal static class DefineDealCustomFieldEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("DefineDealCustomField")
            .RequirePermission(Permissions.AdminFields)
            .WithSummary("Adds a custom field to deals (text, long text, number, money, date, bool, single or multi select, URL, email, phone). Its key, given or made from the label, and its type never change.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<CustomFieldResponse>, ProblemHttpResult>> Handle(
        DefineDealCustomFieldRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = new CustomFieldSettings(request.Label, request.IsRequired, request.IsUnique, request.Options ?? [], request.Currency, request.Position);
        var result = await sender.Send(new DefineDealCustomField(request.Key, request.Type, settings), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/deal-custom-fields/{result.Value.Id}", result.Value);
    }
}
