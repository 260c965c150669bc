namespace Crm.Benchmarks;

/// <summary>Valid French numbers in E.164 and SIREN numbers with a right Luhn check digit, from the seed's random source.</summary>
internal static class FrenchNumbers
{
    // Mobile ranges libphonenumber accepts: 06 except 063 9 / 069, and 073 to 079.
    private static readonly string[] MobilePrefixes = ["60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78", "79"];
    private static readonly string[] LandlinePrefixes = ["1", "2", "3", "5"];

    /// <summary>"+336xxxxxxxx" or "+337xxxxxxxx".</summary>
    public static string Mobile(SeedFakers fakers) => "+33" + fakers.Pick(MobilePrefixes) + fakers.Digits(7);

    /// <summary>"+331xxxxxxxx" to "+335xxxxxxxx".</summary>
    public static string Landline(SeedFakers fakers) => "+33" + fakers.Pick(LandlinePrefixes) + fakers.Digits(8);

    /// <summary>Eight random digits and the Luhn check digit that makes nine.</summary>
    public static string Siren(SeedFakers fakers)
    {
        var body = fakers.Digits(8);
        for (var check = 0; check < 10; check++)
        {
            var candidate = body + (char)('0' + check);
            if (HasValidLuhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No Luhn check digit fits."); // Unreachable: one of ten always does.
    }

    private static bool HasValidLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
