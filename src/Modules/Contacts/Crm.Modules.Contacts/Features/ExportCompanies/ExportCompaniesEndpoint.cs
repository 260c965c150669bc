using Crm.Modules.Contacts.Features.Exports;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.ExportCompanies;

internal static class ExportCompaniesEndpoint
{
    private static readonly ExportFormat[] Offered = [ExportFormat.Csv, ExportFormat.Xlsx];

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/export", Handle)
            .WithName("ExportCompanies")
            .RequirePermission(Permissions.ContactsExport)
            .WithSummary("Downloads the companies you can see, narrowed by ?q= and ?filter= as the company list takes them, as ?format=csv (UTF-8, semicolons) or xlsx, "
                + "with a column per custom field in use. Streamed as they are read; each export is recorded for the audit trail.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Handle(
        string? format, string? q, string[]? filter, ISender sender, CompanyExportRows rows, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryRead(format, Offered, out var exportFormat))
        {
            return Error.Validation("export.format_unknown", "Choose ?format=csv or xlsx.").ToProblem(http);
        }

        var result = await sender.Send(new ExportCompanies(exportFormat, q, filter), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        var export = result.Value;
        var (contentType, extension) = ExportWriters.MediaOf(export.Format);
        var fileName = $"companies-{time.GetUtcNow():yyyy-MM-dd}.{extension}";
        return TypedResults.Stream(
            output => ExportWriters.WriteAsync(export.Format, export.Layout.Columns, rows.ReadAsync(export.Companies, export.Layout, cancellationToken), r => r, output, cancellationToken),
            contentType,
            fileName);
    }
}
