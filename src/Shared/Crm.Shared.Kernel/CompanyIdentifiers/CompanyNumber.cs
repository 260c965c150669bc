namespace Crm.Shared.Kernel;

/// <summary>Helpers shared by the French company identifiers.</summary>
public static class CompanyNumber
{
    /// <summary>Trims the input and drops the separators people type: spaces, dots, hyphens, non-breaking spaces.</summary>
    public static string Compact(string? value) =>
        string.Concat((value ?? string.Empty).Trim().Where(c => c is not (' ' or '.' or '-' or '\u00A0' or '\u202F')));

    /// <summary>Luhn (mod 10) check over a string of ASCII digits.</summary>
    public static bool HasValidLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
