using System.Text;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>vCard value escapes: <c>\,</c> <c>\;</c> <c>\:</c> <c>\\</c> and <c>\n</c> for a line break.</summary>
internal static class VCardText
{
    public static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value.Trim();
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i == value.Length - 1)
            {
                text.Append(value[i]);
                continue;
            }

            i++;
            switch (value[i])
            {
                case 'n' or 'N':
                    text.Append('\n');
                    break;
                case ',' or ';' or ':' or '\\':
                    text.Append(value[i]);
                    break;
                default:
                    text.Append('\\').Append(value[i]);
                    break;
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>The components of a structured value (N, ADR, ORG…) or of a list (CATEGORIES), each unescaped.</summary>
    public static string[] Split(string value, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == separator)
            {
                parts.Add(Unescape(value[start..i]));
                start = i + 1;
            }
        }

        parts.Add(Unescape(value[start..]));
        return [.. parts];
    }
}
