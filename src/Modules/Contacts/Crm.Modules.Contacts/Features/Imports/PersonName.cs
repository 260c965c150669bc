namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Splits a whole name as files write it: "Jean Dupont", "DUPONT Jean", "Dupont, Jean".</summary>
internal static class PersonName
{
    public static (string? First, string? Last) Split(string full)
    {
        var name = full.Trim();
        if (name.Split(',', 2, StringSplitOptions.TrimEntries) is [var lastFirst, var firstAfter] && firstAfter.Length > 0)
        {
            return (firstAfter, lastFirst);
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            return (null, words[0]);
        }

        // French habit: the family name in capitals, before or after the first name.
        var capitals = words.Where(IsCapitals).ToArray();
        if (capitals.Length > 0 && capitals.Length < words.Length)
        {
            return (string.Join(' ', words.Where(w => !IsCapitals(w))), string.Join(' ', capitals));
        }

        return (string.Join(' ', words.Take(words.Length - 1)), words[^1]);
    }

    private static bool IsCapitals(string word) => word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper) && word.Count(char.IsLetter) > 1;
}
