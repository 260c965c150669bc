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

namespace Crm.Modules.Contacts.Features.DefineCustomField;

/// <summary>
/// A new custom field. key is optional (made from the label); options are for select fields, each with a label and
/// optionally a key; currency is for money fields (EUR by default); position defaults to after the last field.
/// </summary>
internal sealed record DefineCustomFieldRequest(
    CustomFieldEntity Entity,
    string? Key,
    string? Label,
    CustomFieldType Type,
    bool IsRequired,
    bool IsUnique,
    IReadOnlyList<CustomFieldOptionInput>? Options,
    string? Currency,
    int? Position);

internal static class DefineCustomFieldEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("DefineCustomField")
            .RequirePermission(Permissions.AdminFields)
            .WithSummary("Adds a custom field to contacts or companies (text, long text, number, money, date, bool, single or multi select, URL, email, phone). Its key, given or made from the label, and its type never change.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<CustomFieldResponse>, ProblemHttpResult>> Handle(
        DefineCustomFieldRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var settings = new CustomFieldSettings(request.Label, request.IsRequired, request.IsUnique, request.Options ?? [], request.Currency, request.Position);
        var result = await sender.Send(new DefineCustomField(request.Entity, request.Key, request.Type, settings), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/custom-fields/{result.Value.Id}", result.Value);
    }
}
