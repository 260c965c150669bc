using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Features.Imports.Reading;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Contacts.Features.UploadImport;

/// <summary>Stores a file of contacts, tells what it is (CSV and its encoding and delimiter, Excel workbook, vCard) and suggests where its columns go.</summary>
internal sealed record UploadImport(string FileName, Stream Content) : ICommand<Result<ImportResponse>>;

internal sealed class UploadImportHandler(
    ContactsDbContext db, ImportFiles files, ImportSamples samples, CustomFieldCatalog customFields, IOptions<ImportOptions> options, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<UploadImport, Result<ImportResponse>>
{
    public async ValueTask<Result<ImportResponse>> Handle(UploadImport command, CancellationToken cancellationToken)
    {
        var id = ImportId.New();
        try
        {
            return await UploadAsync(id, command, cancellationToken);
        }
        catch
        {
            // A sender gone mid-upload, or any failure before the import is saved, would leave its chunks to no one.
            await files.DeleteAsync(id, CancellationToken.None);
            throw;
        }
    }

    private async Task<Result<ImportResponse>> UploadAsync(ImportId id, UploadImport command, CancellationToken cancellationToken)
    {
        var size = await files.SaveAsync(id, command.Content, options.Value.MaxFileBytes, cancellationToken);
        if (size is null)
        {
            return ImportErrors.TooLarge(options.Value.MaxFileBytes);
        }

        Result<ImportFileShape> shape;
        await using (var file = await files.OpenAsync(id, cancellationToken))
        {
            shape = ImportFileReader.Inspect(file);
        }

        if (!shape.IsSuccess)
        {
            await files.DeleteAsync(id, cancellationToken);
            return shape.Error;
        }

        var (format, encoding, delimiter, readHeaders) = shape.Value;
        IReadOnlyList<string> headers = [.. readHeaders.Select(ImportText.Clean)];
        var remembered = await db.RememberedMappings.FindAsync([ImportHeaders.Signature(headers)], cancellationToken);
        var fields = await customFields.ForAsync(CustomFieldEntity.Contact, cancellationToken);
        var import = ContactImport.Upload(
            id, command.FileName, size.Value, format.ToString(), encoding, ImportShape.DelimiterText(delimiter), headers,
            remembered?.Columns ?? ImportHeaders.Suggest(headers, fields), currentUser.Id, time.GetUtcNow());
        if (remembered is not null)
        {
            import.Remember(remembered.Policy, remembered.MatchKey, remembered.MatchCustomField);
        }
        else if (ImportHeaders.UniqueFieldMapped(import.Columns, fields) is { } unique)
        {
            // A column of a unique field is the best key there is: it names the contact in both systems.
            import.Remember(import.Policy, MatchKey.CustomField, unique);
        }

        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return ImportResponse.From(import, await samples.FirstRowsAsync(import, cancellationToken));
    }
}
