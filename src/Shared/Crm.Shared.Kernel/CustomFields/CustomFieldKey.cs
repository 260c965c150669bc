using System.Globalization;
using System.Text;

namespace Crm.Shared.Kernel.CustomFields;

/// <summary>
/// The stable name a custom field's (or an option's) values are stored under: lower-case ASCII letters, digits and
/// underscores, starting with a letter. It never changes once given, whatever happens to the label.
/// </summary>
public static class CustomFieldKey
{
    public const int MaxLength = 50;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && char.IsAsciiLetterLower(key[0]) && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>A key made from a label: « Date de résiliation » gives <c>date_de_resiliation</c>, « 2e contact » <c>f_2e_contact</c>.</summary>
    public static string FromLabel(string label)
    {
        var plain = new StringBuilder(label.Length);
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var next = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_';
            if (next != '_' || (plain.Length > 0 && plain[^1] != '_'))
            {
                plain.Append(next);
            }
        }

        var key = plain.ToString().TrimEnd('_');
        if (key.Length == 0)
        {
            return "field";
        }

        if (!char.IsAsciiLetter(key[0]))
        {
            key = "f_" + key;
        }

        return key.Length > MaxLength ? key[..MaxLength].TrimEnd('_') : key;
    }

    /// <summary><paramref name="key"/>, or the first of <c>key_2</c>, <c>key_3</c>… not in <paramref name="taken"/>.</summary>
    public static string Free(string key, HashSet<string> taken)
    {
        var candidate = key;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{key[..Math.Min(key.Length, MaxLength - 4)]}_{n}";
        }

        return candidate;
    }
}
