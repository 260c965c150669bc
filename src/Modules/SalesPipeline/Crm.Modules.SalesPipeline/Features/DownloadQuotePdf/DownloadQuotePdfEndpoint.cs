using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Features.QuotePdf;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SalesPipeline.Features.DownloadQuotePdf;

internal static class DownloadQuotePdfEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/pdf", Handle)
            .WithName("DownloadQuotePdf")
            .RequirePermission(Permissions.DealsRead)
            .WithSummary("The quote as a PDF, in the quote's language, with the company's legal mentions.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(Guid id, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DownloadQuotePdf(id), cancellationToken);
        return result.IsSuccess
            ? TypedResults.File(result.Value.Content, QuotePdfFile.ContentType, result.Value.FileName)
            : result.Error.ToProblem(http);
    }
}
