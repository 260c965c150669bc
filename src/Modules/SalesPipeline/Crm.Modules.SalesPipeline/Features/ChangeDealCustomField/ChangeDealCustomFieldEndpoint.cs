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

namespace Crm.Modules.SalesPipeline.Features.ChangeDealCustomField;

/// <summary>What may change on a deal field: all of it is given each time. Options left out are retired.</summary>
internal sealed record ChangeDealCustomFieldRequest(
    string? Label,
    bool IsRequired,
    bool IsUnique,
    IReadOnlyList<CustomFieldOptionInput>? Options,
    string? Currency,
    int? Position,
    bool IsRetired);

internal static class ChangeDealCustomFieldEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .WithName("ChangeDealCustomField")
            .RequirePermission(Permissions.AdminFields)
            .WithSummary("Changes a deal field's label, required flag, options, currency or position, or retires (isRetired: true) or restores it; stored values never change. Requires If-Match with the ETag last read.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<CustomFieldResponse>, ProblemHttpResult>> Handle(
        Guid id, ChangeDealCustomFieldRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var settings = new CustomFieldSettings(request.Label, request.IsRequired, request.IsUnique, request.Options ?? [], request.Currency, request.Position);
        var result = await sender.Send(new ChangeDealCustomField(id, precondition.Value, settings, request.IsRetired), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
