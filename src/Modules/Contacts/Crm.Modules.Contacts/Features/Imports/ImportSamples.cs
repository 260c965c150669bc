using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Imports.Files;
using Crm.Modules.Contacts.Features.Imports.Reading;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>The first rows of an import's file, while it is kept (until the import has run).</summary>
internal sealed class ImportSamples(ImportFiles files)
{
    public const int Rows = 5;

    public async Task<IReadOnlyList<IReadOnlyList<string>>> FirstRowsAsync(ContactImport import, CancellationToken cancellationToken)
    {
        if (import.Status != ImportStatus.Uploaded)
        {
            return [];
        }

        await using var file = await files.OpenAsync(import.Id, cancellationToken);
        try
        {
            return [.. ImportFileReader.ReadRows(file, ImportShape.Of(import)).Take(Rows).Select(r => r.Values)];
        }
        catch (InvalidDataException)
        {
            return []; // A workbook damaged past its header: the preview and the run say so.
        }
    }
}
