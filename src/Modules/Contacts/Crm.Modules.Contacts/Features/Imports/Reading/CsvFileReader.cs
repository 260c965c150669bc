using System.Text;
using nietras.SeparatedValues;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// Reads a CSV file with Sep, streaming: the first non-empty record is the header row, after Excel's "sep=;" line if
/// there is one.
/// </summary>
internal static class CsvFileReader
{
    private const int ReaderBufferSize = 64 * 1024;

    public static IReadOnlyList<string> ReadHeaders(Stream file, Encoding encoding, char delimiter)
    {
        file.Seek(0, SeekOrigin.Begin);
        foreach (var (_, cells) in Records(file, encoding, delimiter))
        {
            return ImportColumns.Headers(cells);
        }

        return [];
    }

    public static IEnumerable<ImportRow> ReadRows(Stream file, Encoding encoding, char delimiter, int columns)
    {
        var header = true;
        foreach (var (line, cells) in Records(file, encoding, delimiter))
        {
            if (header)
            {
                header = false;
                continue;
            }

            yield return new ImportRow(line, ImportColumns.Align(cells, columns));
        }
    }

    /// <summary>The non-empty records from the stream's position, trimmed and unescaped, with the line each starts on.</summary>
    private static IEnumerable<(int Line, string[] Cells)> Records(Stream file, Encoding encoding, char delimiter)
    {
        // HasHeader is off: Sep refuses duplicate column names in a header, and the header row is found here anyway.
        using var reader = Sep.New(delimiter)
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .From(new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true, ReaderBufferSize, leaveOpen: true));

        // Sep gives the first row a LineNumberFrom equal to its LineNumberToExcl, so lines are counted from the previous row's end.
        var line = 1;
        var first = true;
        while (reader.MoveNext())
        {
            var start = line;
            var cells = CurrentCells(reader, out line);
            if (ImportColumns.AreAllEmpty(cells) || (first && IsSeparatorHint(cells, delimiter)))
            {
                continue;
            }

            first = false;
            yield return (start, cells);
        }
    }

    private static bool IsSeparatorHint(string[] cells, char delimiter) =>
        cells.Length == 2 && cells[1].Length == 0 && CsvDelimiterDetector.SeparatorHint($"{cells[0]}{delimiter}") == delimiter;

    // Sep's rows are ref structs, which an iterator may not hold across a yield.
    private static string[] CurrentCells(SepReader reader, out int nextLine)
    {
        var row = reader.Current;
        nextLine = row.LineNumberToExcl;
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].Span.Trim().ToString();
        }

        return cells;
    }
}
