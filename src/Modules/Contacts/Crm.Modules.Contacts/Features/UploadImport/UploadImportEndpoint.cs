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

internal static class UploadImportEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", Handle)
            .WithName("UploadImport")
            .RequirePermission(Permissions.ContactsWrite)
            .WithSummary("Uploads a file of contacts (multipart/form-data, field 'file'): CSV in any usual encoding and delimiter (French Excel's semicolons and Windows-1252 included), Excel .xlsx or vCard 3.0/4.0. Answers what the file was read as, its headers, its first rows and a suggested mapping; nothing is imported before the import is started.")
            .DisableAntiforgery() // The application's own middleware checks the antiforgery token of every unsafe request.
            .WithMetadata(new RequestSizeLimitAttribute(600L * 1024 * 1024), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = 600L * 1024 * 1024 })
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<Created<ImportResponse>, ProblemHttpResult>> Handle(
        IFormFile? file, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
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
