namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// Picks the delimiter that splits the header line and the next lines into the same number (more than one) of fields
/// most often, ignoring delimiters inside double quotes. Ties go to more fields, then to the order of
/// <see cref="Candidates"/>: ';' first, as French Excel writes it (its decimal commas must not win).
/// </summary>
internal static class CsvDelimiterDetector
{
    public const char Default = ',';

    private const int RecordsLooked = 20;

    private static readonly char[] Candidates = [';', ',', '\t', '|'];

    /// <param name="sample">The beginning of the file as text.</param>
    /// <param name="isWholeFile">False when the sample is cut from a longer file, so its last record may be cut too.</param>
    public static char Detect(string sample, bool isWholeFile)
    {
        var records = Records(sample, isWholeFile);
        if (records.Count == 0)
        {
            return Default;
        }

        if (SeparatorHint(records[0]) is { } hinted)
        {
            return hinted;
        }

        var best = Default;
        (int Matches, int Fields) bestScore = (-1, 1);
        foreach (var candidate in Candidates)
        {
            var fields = FieldCount(records[0], candidate);
            if (fields < 2)
            {
                continue;
            }

            var matches = records[1..].Count(r => FieldCount(r, candidate) == fields);
            if (matches > bestScore.Matches || (matches == bestScore.Matches && fields > bestScore.Fields))
            {
                best = candidate;
                bestScore = (matches, fields);
            }
        }

        return best;
    }

    /// <summary>The delimiter named by the "sep=;" line Excel reads (and some tools write) before the header row.</summary>
    public static char? SeparatorHint(string line)
    {
        var hint = line.Trim(' ');
        return hint.Length == 5 && hint.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && Candidates.Contains(hint[4])
            ? hint[4]
            : null;
    }

    /// <summary>The first non-blank records of the sample, a line break inside quotes staying inside its record.</summary>
    private static List<string> Records(string sample, bool isWholeFile)
    {
        var records = new List<string>();
        var start = 0;
        var inQuotes = false;
        for (var i = 0; i < sample.Length && records.Count <= RecordsLooked; i++)
        {
            var c = sample[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\r' or '\n')
            {
                Add(sample[start..i]);
                start = i + 1;
            }
        }

        if (isWholeFile && start < sample.Length && records.Count <= RecordsLooked)
        {
            Add(sample[start..]);
        }

        return records;

        void Add(string record)
        {
            if (!string.IsNullOrWhiteSpace(record))
            {
                records.Add(record);
            }
        }
    }

    private static int FieldCount(string record, char delimiter)
    {
        var fields = 1;
        var inQuotes = false;
        foreach (var c in record)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == delimiter && !inQuotes)
            {
                fields++;
            }
        }

        return fields;
    }
}
