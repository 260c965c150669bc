using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Contacts.Features.UploadImport;

/// <summary>The form an upload sends: the file in the field <c>file</c>.</summary>
internal sealed record UploadImportForm(IFormFile File);

internal static class UploadImportEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("UploadImport")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Uploads a file of contacts (multipart/form-data, field 'file'): CSV in any usual encoding and delimiter (French Excel's semicolons and Windows-1252 included), Excel .xlsx or vCard 3.0/4.0. Answers what the file was read as, its headers, its first rows and a suggested mapping; nothing is imported before the import is started.")
            .Accepts<UploadImportForm>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(600L * 1024 * 1024), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = 600L * 1024 * 1024 })
            .ProducesProblem(StatusCodes.Status400BadRequest);

    // The form is read here rather than bound, so that a caller without the permission is refused before any body is read.
    private static async Task<Results<Created<ImportResponse>, ProblemHttpResult>> Handle(ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        IFormFile? file;
        try
        {
            file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        }
        catch (InvalidDataException)
        {
            file = null; // A form cut short or malformed.
        }

        if (file is null)
        {
            return Crm.Shared.Kernel.Error.Validation("import.file_missing", "Send the file as multipart/form-data in a field named 'file'.").ToProblem(http);
        }

        await using var content = file.OpenReadStream();
        var result = await sender.Send(new UploadImport(file.FileName, content), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem(http);
        }

        http.Response.SetETag(result.Value.Version);
        return TypedResults.Created($"/api/v1/contacts/imports/{result.Value.Id}", result.Value);
    }
}
