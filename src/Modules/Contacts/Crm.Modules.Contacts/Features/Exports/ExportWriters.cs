using System.Globalization;
using System.Text;
using Crm.Modules.Contacts.Features.Common;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace Crm.Modules.Contacts.Features.Exports;

/// <summary>Writes exported rows to a response as they are read: CSV piece by piece, a workbook through a temporary file.</summary>
internal static class ExportWriters
{
    private const int Chunk = 500;

    /// <summary>The rows as CSV or a workbook, under <paramref name="columns"/>; <paramref name="values"/> gives a row's cells in their order.</summary>
    public static Task WriteAsync<TRow>(
        ExportFormat format, IReadOnlyList<string> columns, IAsyncEnumerable<TRow> rows, Func<TRow, string?[]> values, Stream output, CancellationToken cancellationToken) => format switch
    {
        ExportFormat.Csv => CsvAsync(columns, rows, values, output, cancellationToken),
        ExportFormat.Xlsx => XlsxAsync(columns, rows, values, output, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Only CSV and workbooks are written from columns."),
    };

    public static (string ContentType, string Extension) MediaOf(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
        ExportFormat.Xlsx => ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        _ => ("text/vcard; charset=utf-8", "vcf"),
    };

    // UTF-8 with its mark and semicolons, as French Excel opens it; cells that would run as formulas made text.
    private static async Task CsvAsync<TRow>(IReadOnlyList<string> columns, IAsyncEnumerable<TRow> rows, Func<TRow, string?[]> values, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        var chunk = new List<string?[]>(Chunk);
        var header = true;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            chunk.Add(values(row));
            if (chunk.Count == Chunk)
            {
                await output.WriteAsync(Encoding.UTF8.GetBytes(Csv(columns, chunk, header)), cancellationToken);
                (header, chunk) = (false, new List<string?[]>(Chunk));
            }
        }

        if (header || chunk.Count > 0)
        {
            await output.WriteAsync(Encoding.UTF8.GetBytes(Csv(columns, chunk, header)), cancellationToken);
        }
    }

    private static string Csv(IReadOnlyList<string> columns, List<string?[]> rows, bool withHeader)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, WriteHeader = withHeader }).To(text))
        {
            if (rows.Count == 0)
            {
                writer.Header.Add([.. columns]);
            }

            foreach (var values in rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < values.Length; i++)
                {
                    row[columns[i]].Set(SpreadsheetText.Inert(values[i] ?? string.Empty));
                }
            }
        }

        return text.ToString();
    }

    private static async Task XlsxAsync<TRow>(IReadOnlyList<string> columns, IAsyncEnumerable<TRow> rows, Func<TRow, string?[]> values, Stream output, CancellationToken cancellationToken)
    {
        // A workbook is a zip whose parts are written as the rows come; a temporary file spares the memory of a large one.
        var path = Path.Combine(Path.GetTempPath(), $"crm-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var sheet = rows.ToBlockingEnumerable(cancellationToken).Select(r => Row(columns, values(r)));
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

    private static Dictionary<string, object?> Row(IReadOnlyList<string> columns, string?[] values)
    {
        var row = new Dictionary<string, object?>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            row[columns[i]] = values[i];
        }

        return row;
    }
}
