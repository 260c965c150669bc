using Crm.Modules.Contacts.Persistence.Search;

namespace Crm.Benchmarks;

/// <summary>What people type, drawn from seeded contacts: fragments, beginnings of names, phone digits, names with a typo.</summary>
internal sealed class QueryTexts(Random random)
{
    /// <summary>Three to five letters from inside a last name, or four to six from inside an email's local part.</summary>
    public string Fragment(SeededContact contact)
    {
        var name = LongestWord(SearchText.Normalise(contact.LastName));
        if (name.Length >= 5 && random.Next(2) == 0)
        {
            return Inside(name, Math.Min(name.Length - 2, 3 + random.Next(3)));
        }

        var local = SearchText.Normalise(contact.Email[..contact.Email.IndexOf('@', StringComparison.Ordinal)]);
        return local.Length >= 6 ? Inside(local, Math.Min(local.Length - 2, 4 + random.Next(3))) : local;
    }

    /// <summary>The first <paramref name="min"/> to <paramref name="max"/> letters of the normalised last name.</summary>
    public string Prefix(SeededContact contact, int min, int max)
    {
        var name = SearchText.Normalise(contact.LastName);
        return name[..Math.Min(name.Length, min + random.Next(max - min + 1))];
    }

    /// <summary>The first six to eight digits of the national form, in pairs: "06 12 34", "06 12 34 5".</summary>
    public string Phone(SeededContact contact)
    {
        var national = "0" + contact.Phone["+33".Length..];
        var digits = national[..(6 + random.Next(3))];
        return string.Join(' ', digits.Chunk(2).Select(pair => new string(pair)));
    }

    /// <summary>The normalised last name (five letters or more) with one letter after the first replaced by another.</summary>
    public string? Typo(SeededContact contact)
    {
        var name = LongestWord(SearchText.Normalise(contact.LastName));
        if (name.Length < 5 || !name.All(char.IsAsciiLetter))
        {
            return null;
        }

        var at = 1 + random.Next(name.Length - 1);
        var letter = (char)('a' + random.Next(25));
        if (letter >= name[at])
        {
            letter++;
        }

        return string.Concat(name.AsSpan(0, at), [letter], name.AsSpan(at + 1));
    }

    private string Inside(string word, int length)
    {
        // Not from the very beginning, so that it is a fragment and not a prefix.
        var start = 1 + random.Next(Math.Max(1, word.Length - length));
        return word.Substring(Math.Min(start, word.Length - length), length);
    }

    private static string LongestWord(string text) => text.Split(' ').MaxBy(w => w.Length) ?? text;
}
