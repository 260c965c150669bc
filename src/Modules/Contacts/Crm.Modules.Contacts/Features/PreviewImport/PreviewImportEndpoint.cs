using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.PreviewImport;

internal static class PreviewImportEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/preview", Handle)
            .WithName("PreviewImport")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary($"A dry run of an uploaded import over its first {PreviewImport.Rows} rows with the mapping and policy given: what each row would do (Create, Update, Skip, Fail) and why a row fails, column by column. Nothing is saved.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<ImportPreviewResponse>, ProblemHttpResult>> Handle(
        Guid id, ImportSettingsRequest request, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PreviewImport(id, request), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem(http);
    }
}
