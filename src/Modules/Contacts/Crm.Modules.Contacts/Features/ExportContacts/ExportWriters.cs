using System.Globalization;
using System.Text;
using Crm.Modules.Contacts.Features.Common;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>Writes exported contacts to a response as they are read: CSV and vCard piece by piece, a workbook through a temporary file.</summary>
internal static class ExportWriters
{
    private const int Chunk = 500;

    public static Task WriteAsync(ExportFormat format, ExportLayout layout, IAsyncEnumerable<ExportedContact> rows, Stream output, CancellationToken cancellationToken) => format switch
    {
        ExportFormat.Csv => CsvAsync(layout, rows, output, cancellationToken),
        ExportFormat.Xlsx => XlsxAsync(layout, rows, output, cancellationToken),
        _ => VCardAsync(rows, output, cancellationToken),
    };

    public static (string ContentType, string Extension) MediaOf(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
        ExportFormat.Xlsx => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        _ => ("text/vcard; charset=utf-8", "vcf"),
    };

    // UTF-8 with its mark and semicolons, as French Excel opens it; cells that would run as formulas made text.
    private static async Task CsvAsync(ExportLayout layout, IAsyncEnumerable<ExportedContact> rows, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        var chunk = new List<ExportedContact>(Chunk);
        var header = true;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            chunk.Add(row);
            if (chunk.Count == Chunk)
            {
                await output.WriteAsync(Encoding.UTF8.GetBytes(Csv(layout, chunk, header)), cancellationToken);
                (header, chunk) = (false, new List<ExportedContact>(Chunk));
            }
        }

        if (header || chunk.Count > 0)
        {
            await output.WriteAsync(Encoding.UTF8.GetBytes(Csv(layout, chunk, header)), cancellationToken);
        }
    }

    private static string Csv(ExportLayout layout, List<ExportedContact> rows, bool withHeader)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, WriteHeader = withHeader }).To(text))
        {
            if (rows.Count == 0)
            {
                writer.Header.Add([.. layout.Columns]);
            }

            foreach (var contact in rows)
            {
                using var row = writer.NewRow();
                var values = contact.Values();
                for (var i = 0; i < values.Length; i++)
                {
                    row[layout.Columns[i]].Set(SpreadsheetText.Inert(values[i] ?? string.Empty));
                }
            }
        }

        return text.ToString();
    }

    private static async Task XlsxAsync(ExportLayout layout, IAsyncEnumerable<ExportedContact> rows, Stream output, CancellationToken cancellationToken)
    {
        // A workbook is a zip whose parts are written as the rows come; a temporary file spares the memory of a large one.
        var path = Path.Combine(Path.GetTempPath(), $"crm-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var sheet = rows.ToBlockingEnumerable(cancellationToken).Select(r => Row(layout, r.Values()));
                await file.SaveAsAsync(sheet, cancellationToken: cancellationToken);
            }

            await using var written = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
            await written.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Dictionary<string, object?> Row(ExportLayout layout, string?[] values)
    {
        var row = new Dictionary<string, object?>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            row[layout.Columns[i]] = values[i];
        }

        return row;
    }

    private static async Task VCardAsync(IAsyncEnumerable<ExportedContact> rows, Stream output, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            VCardWriter.Append(text, row);
            if (text.Length > 64 * 1024)
            {
                await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
                text.Clear();
            }
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }
}
