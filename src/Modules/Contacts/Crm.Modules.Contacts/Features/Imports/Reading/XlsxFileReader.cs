using System.IO.Compression;
using MiniExcelLibs;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// Reads the first sheet of an .xlsx workbook with MiniExcel, streaming: the first non-empty row is the header row.
/// MiniExcel yields one row per sheet row from row 1 (missing rows come as empty ones), keyed by column letter.
/// A workbook damaged past its header row makes the enumeration of rows fail with an <see cref="InvalidDataException"/>.
/// </summary>
internal static class XlsxFileReader
{
    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>Whether the zip archive holds an Excel workbook. Reads the zip's directory only.</summary>
    public static bool IsWorkbook(Stream file)
    {
        file.Seek(0, SeekOrigin.Begin);
        using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        return zip.Entries.Any(e => string.Equals(e.FullName, WorkbookPart, StringComparison.OrdinalIgnoreCase));
    }

    public static IReadOnlyList<string> ReadHeaders(Stream file)
    {
        file.Seek(0, SeekOrigin.Begin);
        foreach (var (_, cells) in Rows(file))
        {
            return ImportColumns.Headers(cells);
        }

        return [];
    }

    public static IEnumerable<ImportRow> ReadRows(Stream file, int columns)
    {
        var header = true;
        foreach (var (line, cells) in Rows(file))
        {
            if (header)
            {
                header = false;
                continue;
            }

            yield return new ImportRow(line, ImportColumns.Align(cells, columns));
        }
    }

    /// <summary>
    /// The non-empty rows of the first sheet, as text, with their row numbers. A damaged workbook fails with an
    /// <see cref="InvalidDataException"/>, whatever MiniExcel threw.
    /// </summary>
    private static IEnumerable<(int Line, string[] Cells)> Rows(Stream file)
    {
        // Shared strings stay in memory: a disk cache would leave personal data in a temporary file.
        var configuration = new MiniExcelLibs.OpenXml.OpenXmlConfiguration { EnableSharedStringCache = false };
        using var rows = MiniExcel.Query(file, useHeaderRow: false, excelType: ExcelType.XLSX, configuration: configuration).Cast<IDictionary<string, object?>>().GetEnumerator();
        var line = 0;
        while (MoveNext(rows))
        {
            line++;
            var cells = Cells(rows.Current);
            if (!ImportColumns.AreAllEmpty(cells))
            {
                yield return (line, cells);
            }
        }
    }

    private static bool MoveNext(IEnumerator<IDictionary<string, object?>> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // On a damaged sheet MiniExcel throws whatever its parsing met: XmlException, NullReferenceException…
            throw new InvalidDataException($"The workbook is damaged: {e.Message}", e);
        }
    }

    private static string[] Cells(IDictionary<string, object?> row)
    {
        var cells = new string[row.Count];
        Array.Fill(cells, string.Empty);
        foreach (var (column, value) in row)
        {
            var index = ColumnIndex(column);
            if (index >= 0 && index < cells.Length)
            {
                cells[index] = XlsxCellText.Of(value);
            }
        }

        return cells;
    }

    /// <summary>The 0-based index of a column letter ("A" is 0, "AA" is 26); -1 for anything else.</summary>
    private static int ColumnIndex(string column)
    {
        var index = 0;
        foreach (var c in column)
        {
            if (c is < 'A' or > 'Z' || index > 100_000)
            {
                return -1;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
