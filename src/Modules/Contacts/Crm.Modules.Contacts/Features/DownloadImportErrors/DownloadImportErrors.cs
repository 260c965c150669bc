using System.Globalization;
using System.Text;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace Crm.Modules.Contacts.Features.DownloadImportErrors;

/// <summary>
/// The rows an import left out as a CSV a spreadsheet opens as it is (UTF-8 with its mark, semicolons as French Excel
/// expects): line, column, reason, in line order, streamed, in the reader's language.
/// </summary>
internal sealed class ImportErrorReport(ContactsDbContext db, ICurrentUser currentUser)
{
    private const int ChunkSize = 500;

    public async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) => await db.FindAsync(id, currentUser, cancellationToken) is not null;

    public async Task WriteAsync(Guid id, Stream output, CancellationToken cancellationToken)
    {
        // Written in pieces through a StringWriter: the response takes asynchronous writes only.
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        var header = Header.In((await currentUser.GetPreferencesAsync(cancellationToken)).Language);
        var chunk = new List<ImportError>(ChunkSize);
        var first = true;
        await foreach (var error in db.ImportErrors.AsNoTracking().Where(e => e.ImportId == id).OrderBy(e => e.Line).ThenBy(e => e.Id)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            chunk.Add(error);
            if (chunk.Count == ChunkSize)
            {
                await WriteAsync(chunk, header, first, output, cancellationToken);
                (first, chunk) = (false, new List<ImportError>(ChunkSize));
            }
        }

        if (first || chunk.Count > 0)
        {
            await WriteAsync(chunk, header, first, output, cancellationToken);
        }
    }

    private static Task WriteAsync(List<ImportError> errors, Header header, bool withHeader, Stream output, CancellationToken cancellationToken) =>
        output.WriteAsync(Encoding.UTF8.GetBytes(Csv(errors, header, withHeader)), cancellationToken).AsTask();

    private static string Csv(List<ImportError> errors, Header header, bool withHeader)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, WriteHeader = withHeader }).To(text))
        {
            if (errors.Count == 0)
            {
                writer.Header.Add([header.Line, header.Column, header.Reason]);
            }

            foreach (var error in errors)
            {
                using var row = writer.NewRow();
                row[header.Line].Format(error.Line);
                row[header.Column].Set(SpreadsheetText.Inert(error.Column));
                row[header.Reason].Set(SpreadsheetText.Inert(error.ReasonIn(header.Language)));
            }
        }

        return text.ToString();
    }

    private sealed record Header(string Language, string Line, string Column, string Reason)
    {
        public static Header In(string language) =>
            language == "en" ? new(language, "Line", "Column", "Reason") : new(language, "Ligne", "Colonne", "Motif");
    }
}
