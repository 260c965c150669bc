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

namespace Crm.Modules.Contacts.Features.ChangeCustomField;

/// <summary>What may change on a custom field: all of it is given each time. Options left out are retired.</summary>
internal sealed record ChangeCustomFieldRequest(
    string? Label,
    bool IsRequired,
    bool IsUnique,
    IReadOnlyList<CustomFieldOptionInput>? Options,
    string? Currency,
    int? Position,
    bool IsRetired);

internal static class ChangeCustomFieldEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/{id:guid}", Handle)
            .WithName("ChangeCustomField")
            .RequirePermission(Permissions.AdminFields)
            .WithSummary("Changes a custom field's label, required and unique flags, options, currency or position, or retires (isRetired: true) or restores it; stored values never change. Requires If-Match with the ETag last read.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static async Task<Results<Ok<CustomFieldResponse>, ProblemHttpResult>> Handle(
        Guid id, ChangeCustomFieldRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var precondition = http.Request.ReadIfMatch();
        if (!precondition.IsSuccess)
        {
            return precondition.Error.ToProblem(http);
        }

        var settings = new CustomFieldSettings(request.Label, request.IsRequired, request.IsUnique, request.Options ?? [], request.Currency, request.Position);
        var result = await sender.Send(new ChangeCustomField(id, precondition.Value, settings, request.IsRetired), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Ok(result.Value);
    }
}
