using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.DownloadImportErrors;

internal static class DownloadImportErrorsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/errors", Handle)
            .WithName("DownloadImportErrors")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("The rows an import left out, as CSV (UTF-8, semicolons): line of the file, column, reason.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Handle(
        Guid id, ImportErrorReport report, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await report.ExistsAsync(id, cancellationToken))
        {
            return ImportErrors.NotFound(id).ToProblem(http);
        }

        return TypedResults.Stream(stream => report.WriteAsync(id, stream, cancellationToken), "text/csv; charset=utf-8", $"import-{id}-errors.csv");
    }
}
