using Crm.Modules.Contacts.Persistence.Search;

namespace Crm.Modules.Contacts.Features.Search;

/// <summary>What was typed, as the search columns hold text: lower case, no accents; a phone number as its digits.</summary>
internal sealed record SearchQuery(string Text, bool IsPhoneNumber)
{
    public const int MaxLength = 100;

    /// <summary>Below this length a query looks names up by their beginning only.</summary>
    public const int SubstringMinLength = 3;

    public bool IsShort => Text.Length < SubstringMinLength;

    public static SearchQuery From(string typed)
    {
        if (!LooksLikePhone(typed))
        {
            return new SearchQuery(SearchText.Normalise(typed), IsPhoneNumber: false);
        }

        var digits = string.Concat(typed.Where(char.IsAsciiDigit));
        return new SearchQuery(digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : digits, IsPhoneNumber: true);
    }

    private static bool LooksLikePhone(string typed) =>
        typed.Count(char.IsAsciiDigit) >= 3 && typed.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')' or '/');
}
