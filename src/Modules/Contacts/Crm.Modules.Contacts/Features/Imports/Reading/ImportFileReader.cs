using System.Text;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>Reads the files a user uploads to import contacts: CSV, Excel .xlsx or vCard, told apart by their content.</summary>
internal static class ImportFileReader
{
    /// <summary>How much of the start of a file is looked at to tell its format, encoding and delimiter.</summary>
    private const int SampleLength = 64 * 1024;

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Tells what the (seekable) stream holds, from its content. Leaves the position anywhere.</summary>
    public static Result<ImportFileShape> Inspect(Stream file)
    {
        file.Seek(0, SeekOrigin.Begin);
        var buffer = new byte[SampleLength];
        var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer.AsSpan(0, length);
        if (length == 0)
        {
            return ImportFileErrors.EmptyFile;
        }

        if (head.StartsWith(ZipMagic))
        {
            return InspectWorkbook(file);
        }

        if (head.StartsWith(OleMagic))
        {
            return ImportFileErrors.XlsNotSupported;
        }

        var isWholeFile = length < buffer.Length;
        var encoding = TextEncodingDetector.Detect(head, isWholeFile);
        if (TextEncodingDetector.LooksBinary(head, encoding))
        {
            return ImportFileErrors.Unreadable;
        }

        var sample = encoding.Decode(head);
        if (isWholeFile && string.IsNullOrWhiteSpace(sample))
        {
            return ImportFileErrors.EmptyFile;
        }

        if (IsVCard(sample))
        {
            return new ImportFileShape(ImportFormat.VCard, encoding.Name, null, VCardFileReader.Headers);
        }

        var delimiter = CsvDelimiterDetector.Detect(sample, isWholeFile);
        var headers = CsvFileReader.ReadHeaders(file, encoding.Encoding, delimiter);
        return headers.Count == 0
            ? ImportFileErrors.NoHeader
            : new ImportFileShape(ImportFormat.Csv, encoding.Name, delimiter, headers);
    }

    /// <summary>
    /// Streams the records after the header row, from the start of the (seekable) stream, which it seeks itself when
    /// the enumeration begins. Bad content is skipped, never thrown, except a workbook damaged past its header row
    /// (seen only when reaching it), which throws an <see cref="InvalidDataException"/>.
    /// </summary>
    public static IEnumerable<ImportRow> ReadRows(Stream file, ImportFileShape shape)
    {
        file.Seek(0, SeekOrigin.Begin);
        var rows = shape.Format switch
        {
            ImportFormat.Csv => CsvFileReader.ReadRows(file, TextEncoding(shape), shape.Delimiter ?? CsvDelimiterDetector.Default, shape.Headers.Count),
            ImportFormat.Xlsx => XlsxFileReader.ReadRows(file, shape.Headers.Count),
            ImportFormat.VCard => VCardFileReader.ReadRows(file, TextEncoding(shape)),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Format, "Unknown import format."),
        };

        foreach (var row in rows)
        {
            yield return row;
        }
    }

    private static Result<ImportFileShape> InspectWorkbook(Stream file)
    {
        try
        {
            if (!XlsxFileReader.IsWorkbook(file))
            {
                return ImportFileErrors.NotAWorkbook;
            }

            var headers = XlsxFileReader.ReadHeaders(file);
            return headers.Count == 0
                ? ImportFileErrors.NoHeader
                : new ImportFileShape(ImportFormat.Xlsx, null, null, headers);
        }
        catch (InvalidDataException)
        {
            // A damaged zip or workbook.
            return ImportFileErrors.Unreadable;
        }
    }

    private static bool IsVCard(string sample)
    {
        using var lines = new StringReader(sample);
        while (lines.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return VCardFileReader.IsBegin(line);
            }
        }

        return false;
    }

    private static Encoding TextEncoding(ImportFileShape shape) => TextEncodingDetector.Find(shape.Encoding) ?? Encoding.UTF8;
}
