using System.Text;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// Reads vCard 2.1, 3.0 and 4.0 files, streaming, one row per card in the columns of <see cref="VCardContact.Headers"/>.
/// A line that is not a property is skipped.
/// </summary>
internal static class VCardFileReader
{
    private const int ReaderBufferSize = 64 * 1024;

    public static IReadOnlyList<string> Headers => VCardContact.Headers;

    public static bool IsBegin(string line) => line.Trim().Equals("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<ImportRow> ReadRows(Stream file, Encoding encoding)
    {
        VCardContact? card = null;
        var cardLine = 0;
        var nested = 0;
        foreach (var (number, line) in ContentLines(file, encoding))
        {
            if (IsBegin(line))
            {
                // A 2.1 AGENT may hold a whole vCard; any other BEGIN inside a card means its END is missing.
                if (card?.LastPropertyName == "AGENT" || nested > 0)
                {
                    nested++;
                    continue;
                }

                if (card?.ToValues() is { } unfinished)
                {
                    yield return new ImportRow(cardLine, unfinished);
                }

                card = new VCardContact();
                cardLine = number;
            }
            else if (IsEnd(line))
            {
                if (nested > 0)
                {
                    nested--;
                }
                else if (card is not null)
                {
                    if (card.ToValues() is { } values)
                    {
                        yield return new ImportRow(cardLine, values);
                    }

                    card = null;
                }
            }
            else if (card is not null && nested == 0 && VCardProperty.Parse(line) is { } property)
            {
                card.Add(property);
            }
        }

        if (card?.ToValues() is { } last)
        {
            yield return new ImportRow(cardLine, last);
        }
    }

    private static bool IsEnd(string line) => line.Trim().Equals("END:VCARD", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The unfolded content lines with the physical line each starts on: a line beginning with a space or a tab continues
    /// the one before (3.0, 4.0), and so does any line after a quoted-printable one ending with "=" (2.1 soft break).
    /// </summary>
    private static IEnumerable<(int Number, string Text)> ContentLines(Stream file, Encoding encoding)
    {
        using var reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true, ReaderBufferSize, leaveOpen: true);
        var pending = new StringBuilder();
        var pendingNumber = 0;
        var pendingIsQuotedPrintable = false;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (pending.Length > 0 && line.Length > 0 && line[0] is ' ' or '\t')
            {
                pending.Append(line, 1, line.Length - 1);
                continue;
            }

            if (pendingIsQuotedPrintable && pending.Length > 0 && pending[^1] == '=' && !IsEnd(line))
            {
                pending.Length--;
                pending.Append(line);
                continue;
            }

            if (pending.Length > 0)
            {
                yield return (pendingNumber, pending.ToString());
            }

            pending.Clear().Append(line);
            pendingNumber = number;
            pendingIsQuotedPrintable = VCardProperty.IsQuotedPrintable(line);
        }

        if (pending.Length > 0)
        {
            yield return (pendingNumber, pending.ToString());
        }
    }
}
