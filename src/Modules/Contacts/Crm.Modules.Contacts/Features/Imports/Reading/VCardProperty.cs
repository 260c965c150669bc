namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>
/// One unfolded content line of a vCard (2.1, 3.0 or 4.0): <c>[group.]NAME[;param…]:value</c>. The value is raw: still
/// escaped, but decoded when it was quoted-printable.
/// </summary>
internal sealed class VCardProperty
{
    /// <summary>The rank of a value no parameter marks as preferred; 4.0's PREF goes from 1 (most) to 100.</summary>
    public const int NotPreferred = 101;

    private VCardProperty(string name, string value, IReadOnlyList<string> types, int preference)
    {
        Name = name;
        Value = value;
        Types = types;
        Preference = preference;
    }

    /// <summary>The property name in upper case, without its group.</summary>
    public string Name { get; }

    public string Value { get; }

    /// <summary>The TYPE values (and 2.1's bare parameters) in lower case.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>1 for the most preferred value (PREF=1 or TYPE=pref), up to <see cref="NotPreferred"/>.</summary>
    public int Preference { get; }

    /// <summary>Whether the line's parameters say its value is quoted-printable (2.1), whose lines end with a soft break "=".</summary>
    public static bool IsQuotedPrintable(string line)
    {
        var colon = UnquotedIndexOf(line, ':', 0);
        return colon > 0 && line.AsSpan(0, colon).Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The property of a content line; null when the line is not one (no name or no colon).</summary>
    public static VCardProperty? Parse(string line)
    {
        var colon = UnquotedIndexOf(line, ':', 0);
        if (colon <= 0)
        {
            return null;
        }

        var parts = SplitUnquoted(line[..colon], ';');
        var name = parts[0].Trim();
        name = name[(name.LastIndexOf('.') + 1)..].ToUpperInvariant();
        if (name.Length == 0)
        {
            return null;
        }

        var types = new List<string>();
        var preference = NotPreferred;
        var quotedPrintable = false;
        string? charset = null;
        foreach (var parameter in parts[1..])
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? parameter : parameter[..equals]).Trim().ToUpperInvariant();
            var value = equals < 0 ? null : parameter[(equals + 1)..].Trim().Trim('"');
            switch (key, value)
            {
                case ("TYPE", not null):
                    types.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(t => t.Trim('"').ToLowerInvariant()));
                    break;
                case ("PREF", not null):
                    preference = int.TryParse(value, out var rank) ? Math.Clamp(rank, 1, NotPreferred) : preference;
                    break;
                case ("ENCODING", not null):
                    quotedPrintable |= value.Equals("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
                    break;
                case ("CHARSET", not null):
                    charset = value;
                    break;
                case ("QUOTED-PRINTABLE", null):
                    quotedPrintable = true;
                    break;
                case (_, null) when key.Length > 0:
                    types.Add(key.ToLowerInvariant());
                    break;
            }
        }

        if (types.Contains("pref"))
        {
            preference = 1;
        }

        var raw = line[(colon + 1)..];
        return new VCardProperty(name, quotedPrintable ? QuotedPrintable.Decode(raw, charset) : raw, types, preference);
    }

    private static int UnquotedIndexOf(string text, char wanted, int start)
    {
        var inQuotes = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (text[i] == wanted && !inQuotes)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> SplitUnquoted(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        int next;
        while ((next = UnquotedIndexOf(text, separator, start)) >= 0)
        {
            parts.Add(text[start..next]);
            start = next + 1;
        }

        parts.Add(text[start..]);
        return parts;
    }
}
