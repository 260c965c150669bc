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

namespace Crm.Modules.Contacts.Features.ExportContacts;

internal static class ExportContactsEndpoint
{
    private static readonly ExportFormat[] Offered = [ExportFormat.Csv, ExportFormat.Xlsx, ExportFormat.VCard];

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/export", Handle)
            .WithName("ExportContacts")
            .RequirePermission(Permissions.ContactsExport)
            .WithSummary("Downloads the contacts you can see, or those of ?segment={id}, narrowed by ?q= and ?filter= as the contact list takes them, as ?format=csv (UTF-8, semicolons; the columns an import maps by itself), xlsx or vcard (vCard 4.0). Streamed as they are read; each export is recorded for the audit trail.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Handle(
        string? format, string? q, string[]? filter, Guid? segment, ISender sender, ExportRows rows, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ExportFormats.TryRead(format, Offered, out var exportFormat))
        {
            return Error.Validation("export.format_unknown", "Choose ?format=csv, xlsx or vcard.").ToProblem(http);
        }

        var result = await sender.Send(new ExportContacts(exportFormat, q, filter, segment), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        var export = result.Value;
        var (contentType, extension) = ExportWriters.MediaOf(export.Format);
        var fileName = $"contacts-{time.GetUtcNow():yyyy-MM-dd}.{extension}";
        return TypedResults.Stream(
            output =>
            {
                var contacts = rows.ReadAsync(export.Contacts, export.Layout, cancellationToken);
                return export.Format == ExportFormat.VCard
                    ? VCardWriter.WriteAsync(contacts, output, cancellationToken)
                    : ExportWriters.WriteAsync(export.Format, export.Layout.Columns, contacts, c => c.Values(), output, cancellationToken);
            },
            contentType,
            fileName);
    }
}
